package org.fedoraproject.fmn.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.fedoraproject.fmn.app.cli.ServeCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code fmn serve} on its embedded defaults, called over real HTTP. */
class ServeIT {

    @TempDir
    static Path dataDir;

    static ConfigurableApplicationContext fmn;
    static URI base;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        System.setProperty("fmn.home", Path.of("..").toAbsolutePath().normalize().toString());
        fmn = ServeCommand.start(dataDir, 0);
        base = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) fmn).getWebServer().getPort() + "/");
    }

    @AfterAll
    static void stop() {
        fmn.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersLivenessAndReadinessOnIpv4Loopback() throws Exception {
        HttpResponse<String> live = get("api/v1/healthz/live");
        HttpResponse<String> ready = get("api/v1/healthz/ready");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).isEqualTo("{\"detail\":\"OK\"}");
        assertThat(ready.statusCode()).isEqualTo(200);
    }

    @Test
    void exposesPrometheusMetrics() throws Exception {
        HttpResponse<String> metrics = get("actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void listsTheApplicationsOfFedorasSchemasToAnyone() throws Exception {
        HttpResponse<String> applications = get("api/v1/applications");

        assertThat(applications.statusCode()).isEqualTo(200);
        assertThat(applications.body()).startsWith("[\"anitya\",\"ansible\",").contains("\"bodhi\"", "\"Koji\"");
    }
}
