package org.fedoraproject.fmn.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.fedoraproject.fmn.app.cli.ServeCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * {@code fmn serve} pointed at FASJSON and dist-git (loopback servers answering as they do):
 * the API answers from them, not from the demo account system and dist-git.
 */
class ServeWithServicesIT {

    private static final String ZOE = """
            {"result": {"username": "zoe", "human_name": "Zoe", "emails": ["zoe@example.org"],
              "ircnicks": ["irc:/zoe", "matrix://matrix.org/zoe", "xmpp:/zoe"], "is_private": false,
              "uri": "http://fasjson.internal/v1/users/zoe/"}}
            """;

    private static final String ZOE_GROUPS = """
            {"result": [{"groupname": "packager", "uri": "http://fasjson.internal/v1/groups/packager/"}]}
            """;

    /** Pagure lists the projects zoe has any access to, in two pages. */
    private static final String ZOE_PROJECTS_1 = """
            {"projects": [{"namespace": "rpms", "name": "zoe-tools", "fullname": "rpms/zoe-tools",
               "access_users": {"owner": ["zoe"], "admin": [], "commit": [], "collaborator": [], "ticket": []},
               "access_groups": {"admin": [], "commit": [], "collaborator": [], "ticket": []}}],
             "total_projects": 3,
             "pagination": {"page": 1, "pages": 2, "per_page": 2, "prev": null,
               "next": "http://pagure.internal:5000/api/0/projects?fork=false&per_page=2&username=zoe&short=false&page=2"}}
            """;

    private static final String ZOE_PROJECTS_2 = """
            {"projects": [{"namespace": "flatpaks", "name": "zoe-app", "fullname": "flatpaks/zoe-app",
               "access_users": {"owner": ["mira"], "admin": ["zoe"], "commit": [], "collaborator": [], "ticket": []},
               "access_groups": {"admin": [], "commit": [], "collaborator": [], "ticket": []}},
              {"namespace": "rpms", "name": "not-zoes", "fullname": "rpms/not-zoes",
               "access_users": {"owner": ["mira"], "admin": [], "commit": [], "collaborator": [], "ticket": ["zoe"]},
               "access_groups": {"admin": [], "commit": [], "collaborator": [], "ticket": []}}],
             "total_projects": 3,
             "pagination": {"page": 2, "pages": 2, "per_page": 2, "next": null}}
            """;

    @TempDir
    static Path dataDir;

    static HttpServer fasjson;
    static HttpServer pagure;
    static ConfigurableApplicationContext fmn;
    static URI base;
    static final HttpClient http = HttpClient.newHttpClient();
    static final AtomicInteger fasjsonAsked = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        fasjson = serve(exchange -> switch (count(exchange.getRequestURI().getPath())) {
            case "/v1/users/zoe/" -> ZOE;
            case "/v1/users/zoe/groups/" -> ZOE_GROUPS;
            default -> null;
        });
        pagure = serve(exchange -> {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            if (!exchange.getRequestURI().getPath().equals("/api/0/projects") || !"zoe".equals(query.get("username"))) {
                return null;
            }
            return "2".equals(query.get("page")) ? ZOE_PROJECTS_2 : ZOE_PROJECTS_1;
        });
        System.setProperty("fmn.home", Path.of("..").toAbsolutePath().normalize().toString());
        fmn = ServeCommand.start(dataDir, 0, "--fmn.fasjson.url=" + url(fasjson), "--fmn.distgit.url=" + url(pagure) + "/");
        base = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) fmn).getWebServer().getPort() + "/");
    }

    @AfterAll
    static void stop() {
        if (fmn != null) {
            fmn.close();
        }
        fasjson.stop(0);
        pagure.stop(0);
    }

    private static String count(String path) {
        fasjsonAsked.incrementAndGet();
        return path;
    }

    /** A loopback server answering each request with the JSON {@code answer} gives, or 404 for null. */
    private static HttpServer serve(Function<HttpExchange, String> answer) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String json = answer.apply(exchange);
            byte[] body = (json == null ? "{\"error\": \"Not found\"}" : json).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(json == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new java.util.HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return query;
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void destinationsComeFromFasjson() throws Exception {
        HttpResponse<String> zoe = get("api/v1/users/zoe/destinations");

        assertThat(zoe.statusCode()).isEqualTo(200);
        assertThat(zoe.body()).isEqualTo("[{\"protocol\":\"email\",\"address\":\"zoe@example.org\"},"
                + "{\"protocol\":\"irc\",\"address\":\"zoe\"},{\"protocol\":\"matrix\",\"address\":\"@zoe:matrix.org\"}]");
    }

    @Test
    void theDemoAccountSystemStandsAside() throws Exception {
        HttpResponse<String> mira = get("api/v1/users/mira/destinations");

        assertThat(mira.statusCode()).isEqualTo(200);
        assertThat(mira.body()).isEqualTo("[]");
    }

    @Test
    void artifactsComeFromDistgitOverEveryPage() throws Exception {
        HttpResponse<String> artifacts = get("api/v1/artifacts?users=zoe");

        assertThat(artifacts.statusCode()).isEqualTo(200);
        assertThat(artifacts.body())
                .isEqualTo("[{\"type\":\"flatpaks\",\"name\":\"zoe-app\"},{\"type\":\"rpms\",\"name\":\"zoe-tools\"}]");
        assertThat(get("api/v1/artifacts?users=mira").body()).isEqualTo("[]");
    }

    @Test
    void anAccountAskedAgainIsAnsweredFromTheCache() throws Exception {
        assertThat(get("api/v1/users/zoe/destinations").statusCode()).isEqualTo(200);
        int asked = fasjsonAsked.get();

        HttpResponse<String> again = get("api/v1/users/zoe/destinations");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("zoe@example.org");
        assertThat(fasjsonAsked).hasValue(asked);
    }
}
