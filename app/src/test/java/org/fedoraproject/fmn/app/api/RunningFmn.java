package org.fedoraproject.fmn.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fedoraproject.fmn.app.Fmn;
import org.fedoraproject.fmn.app.cli.ServeCommand;
import org.fedoraproject.fmn.message.Json;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * FMN as {@code fmn serve} runs it, started by a test class on its own data folder and a free
 * port, and called over real HTTP: {@code as("mira")} calls the API with a token of that demo
 * account, got from the built-in provider by {@code fmn token}, as a person with curl would.
 */
final class RunningFmn implements AutoCloseable {

    /** The origin of FMN's web frontend in development (a Vite server), one of the default CORS origins. */
    static final String FRONTEND = "http://localhost:5173";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final ConfigurableApplicationContext context;
    private final URI base;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private RunningFmn(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = URI.create("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort() + "/");
    }

    /** Starts FMN on the demo world of the checkout, state in {@code dataDir}, with extra {@code --key=value} options. */
    static RunningFmn start(Path dataDir, String... options) {
        System.setProperty("fmn.home", Path.of("..").toAbsolutePath().normalize().toString());
        return new RunningFmn(ServeCommand.start(dataDir, 0, options));
    }

    URI base() {
        return base;
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    /** An access token of the demo account, as {@code fmn token USER} prints it; one login per account and run. */
    String token(String username) {
        return tokens.computeIfAbsent(username, this::logIn);
    }

    private String logIn(String username) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Fmn.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("token", username, "--url", base.toString());
        assertThat(status).as("fmn token %s: %s", username, err).isZero();
        List<String> lines = out.toString().strip().lines().toList();
        return lines.getLast().strip();
    }

    /** Calls as this demo account. */
    Caller as(String username) {
        return new Caller(token(username));
    }

    /** Calls without a token. */
    Caller anonymous() {
        return new Caller(null);
    }

    /** Calls with this bearer token, good or not. */
    Caller withToken(String token) {
        return new Caller(token);
    }

    @Override
    public void close() {
        context.close();
    }

    /** Someone calling the API, paths relative to {@code /api/v1/}. */
    final class Caller {

        private final String token;

        private Caller(String token) {
            this.token = token;
        }

        Answer get(String path) {
            return call(request(path).GET());
        }

        Answer delete(String path) {
            return call(request(path).DELETE());
        }

        Answer post(String path, Object json) {
            return call(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.toString())));
        }

        Answer put(String path, Object json) {
            return call(request(path).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json.toString())));
        }

        Answer patch(String path, Object json) {
            return call(request(path).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(json.toString())));
        }

        /** A call of any method with any body, and extra headers as name, value, name, value... */
        Answer send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
            HttpRequest.Builder request = request(path).method(method, body);
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return call(request);
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(api(path)).timeout(Duration.ofSeconds(30));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return request;
        }
    }

    /** The URI of a path under {@code /api/v1/}. */
    URI api(String path) {
        return base.resolve("api/v1/" + path);
    }

    /** A call as built, anywhere (the API, the provider, actuator, ...). */
    Answer call(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(built.method() + " " + built.uri(), response.statusCode(), response.body(), response.headers().map());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An HTTP answer. */
    record Answer(String call, int status, String body, Map<String, List<String>> headers) {

        /** The body as JSON. */
        JsonNode json() {
            return Json.parse(body, call);
        }

        /** The body as JSON, after checking the status (the call and the body are in the failure message). */
        JsonNode json(int expectedStatus) {
            assertThat(status).as("%s answered %s", call, body).isEqualTo(expectedStatus);
            return json();
        }

        /** The {@code detail} of an error answer, after checking the status and that it is JSON. */
        JsonNode detail(int expectedStatus) {
            JsonNode json = json(expectedStatus);
            assertThat(header("Content-Type")).as("%s: content type", call).startsWith("application/json");
            assertThat(json.has("detail")).as("%s answered %s", call, body).isTrue();
            return json.get("detail");
        }

        /** A header's first value, or "" when it is absent (names in any case). */
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse("");
        }
    }
}
