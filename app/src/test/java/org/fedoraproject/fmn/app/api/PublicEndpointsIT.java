package org.fedoraproject.fmn.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;

import org.fedoraproject.fmn.app.api.RunningFmn.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * What anyone may call: the artifacts of dist-git, health, the API's OpenAPI document and the
 * page to try it, and the Prometheus metrics.
 */
class PublicEndpointsIT {

    @TempDir
    static Path dataDir;

    static RunningFmn fmn;

    @BeforeAll
    static void start() {
        fmn = RunningFmn.start(dataDir);
    }

    @AfterAll
    static void stop() {
        if (fmn != null) {
            fmn.close();
        }
    }

    static String artifacts(String query) {
        return fmn.anonymous().get("artifacts" + query).json(200).toString();
    }

    @Test
    void artifactsMatchingANamePatternAreSortedByNameThenType() {
        assertThat(artifacts("?names=*tux*"))
                .isEqualTo("[{\"type\":\"flatpaks\",\"name\":\"tuxpaint\"},{\"type\":\"rpms\",\"name\":\"tuxpaint\"}]");
    }

    @Test
    void artifactsOfAUserAreThoseTheyHoldInDistGit() {
        assertThat(artifacts("?users=oskar"))
                .isEqualTo("[{\"type\":\"rpms\",\"name\":\"python-rich\"},{\"type\":\"rpms\",\"name\":\"tuxpaint\"}]");
    }

    @Test
    void artifactsOfAGroupAreThoseItHoldsInDistGit() {
        assertThat(artifacts("?groups=python-packagers-sig")).isEqualTo("[{\"type\":\"rpms\",\"name\":\"python-rich\"}]");
    }

    @Test
    void artifactsTakeEveryKeyRepeatedAndAnswerEachArtifactOnce() {
        assertThat(artifacts("?names=gnome*&names=python-*&users=oskar&groups=python-packagers-sig&groups=kde-sig"))
                .isEqualTo("[{\"type\":\"rpms\",\"name\":\"gnome-shell\"},{\"type\":\"rpms\",\"name\":\"python-rich\"},"
                        + "{\"type\":\"rpms\",\"name\":\"tuxpaint\"}]");
    }

    @Test
    void artifactsWithoutParametersAreNone() {
        assertThat(artifacts("")).isEqualTo("[]");
        assertThat(artifacts("?names=&users=")).isEqualTo("[]");
    }

    @Test
    void livenessAndReadinessAnswerOk() {
        assertThat(fmn.anonymous().get("healthz/live").json(200).toString()).isEqualTo("{\"detail\":\"OK\"}");
        assertThat(fmn.anonymous().get("healthz/ready").json(200).toString()).isEqualTo("{\"detail\":\"OK\"}");
    }

    @Test
    void theOpenApiDocumentDescribesTheRulePaths() {
        JsonNode document = fmn.anonymous().get("openapi.json").json(200);
        JsonNode paths = document.path("paths");

        assertThat(document.path("openapi").asString()).startsWith("3.");
        assertThat(paths.path("/api/v1/users/{username}/rules").has("get")).isTrue();
        assertThat(paths.path("/api/v1/users/{username}/rules").has("post")).isTrue();
        assertThat(paths.path("/api/v1/users/{username}/rules/{id}").propertyNames()).contains("get", "put", "delete");
        assertThat(paths.path("/api/v1/admin/rules/{id}").has("patch")).isTrue();
        assertThat(paths.propertyNames()).contains("/api/v1/users/me", "/api/v1/artifacts", "/api/v1/healthz/ready");
    }

    @Test
    void theOpenApiDocumentAsksForNoParameterTheApiDoesNotTake() {
        JsonNode paths = fmn.anonymous().get("openapi.json").json(200).path("paths");
        List<String> parameters = paths.valueStream()
                .flatMap(JsonNode::valueStream)
                .flatMap(operation -> operation.path("parameters").valueStream())
                .map(parameter -> parameter.path("in").asString() + ":" + parameter.path("name").asString())
                .distinct().sorted().toList();

        // the caller comes from the bearer token, never from a parameter; query:token is the
        // signed unsubscribe link's, which names a rule, not a caller
        assertThat(parameters).containsExactlyInAnyOrder("path:username", "path:id", "query:search", "query:disabled",
                "query:username", "query:names", "query:users", "query:groups", "query:token");
    }

    @Test
    void theDocsPageAndEverythingItLoadsAreServedWithoutAToken() {
        Answer docs = followed(fmn.api("docs"));

        assertThat(docs.status()).as(docs.call()).isEqualTo(200);
        assertThat(docs.header("Content-Type")).startsWith("text/html");
        assertThat(docs.body()).containsIgnoringCase("swagger");
        URI page = URI.create(docs.call().substring(docs.call().indexOf(' ') + 1));
        Answer initializer = fmn.call(HttpRequest.newBuilder(page.resolve("swagger-initializer.js")));
        assertThat(initializer.status()).as(initializer.call()).isEqualTo(200);
        Answer config = fmn.anonymous().get("openapi.json/swagger-config");
        assertThat(config.json(200).path("url").asString()).isEqualTo("/api/v1/openapi.json");
        assertThat(fmn.call(HttpRequest.newBuilder(page.resolve("swagger-ui.css"))).status()).isEqualTo(200);
    }

    @Test
    void prometheusMetricsAreServed() {
        fmn.anonymous().get("healthz/live");

        Answer metrics = fmn.call(HttpRequest.newBuilder(fmn.base().resolve("actuator/prometheus")));

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count");
    }

    @Test
    void anUnknownApiPathIs404WithADetail() {
        assertThat(fmn.as("mira").get("no-such-thing").detail(404).asString()).isEqualTo("Not Found");
    }

    /** GETs the URI, following redirects; the answer's call names the last URI. */
    private static Answer followed(URI uri) {
        Answer answer = fmn.call(HttpRequest.newBuilder(uri));
        for (int hop = 0; hop < 5 && answer.status() / 100 == 3; hop++) {
            uri = uri.resolve(answer.header("Location"));
            answer = fmn.call(HttpRequest.newBuilder(uri));
        }
        return answer;
    }
}
