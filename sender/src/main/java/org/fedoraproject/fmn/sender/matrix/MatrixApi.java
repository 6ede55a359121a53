package org.fedoraproject.fmn.sender.matrix;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.sender.DeliveryFailure;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The requests of the Matrix client-server API that FMN makes, as the bot account. Every
 * failure is a {@link DeliveryFailure}, by what the homeserver answered: {@code 429} asks us to
 * wait its {@code retry_after_ms}; {@code 5xx}, no answer or {@code 401} (a token the operator
 * must fix) are temporary; any other {@code 4xx} is permanent, since asking again the same
 * thing gets the same answer. Thread-safe.
 */
final class MatrixApi implements AutoCloseable {

    static final String API = "/_matrix/client/v3";

    private final URI homeserver;
    private final String accessToken;
    private final Duration requestTimeout;
    private final HttpClient http;

    MatrixApi(MatrixProperties settings) {
        String base = settings.homeserver().toString();
        this.homeserver = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.accessToken = settings.resolvedAccessToken();
        this.requestTimeout = settings.requestTimeout();
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** One path segment: a user, room or transaction id, percent-encoded. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A GET; empty when the homeserver answers {@code 404 M_NOT_FOUND} (no such account data). */
    Optional<JsonNode> getIfFound(String path, String what) throws DeliveryFailure, MatrixRefusal {
        return Optional.ofNullable(call(request(path).GET(), what, true));
    }

    JsonNode get(String path, String what) throws DeliveryFailure, MatrixRefusal {
        return call(request(path).GET(), what, false);
    }

    JsonNode put(String path, JsonNode body, String what) throws DeliveryFailure, MatrixRefusal {
        return call(request(path).PUT(json(body)), what, false);
    }

    JsonNode post(String path, JsonNode body, String what) throws DeliveryFailure, MatrixRefusal {
        return call(request(path).POST(json(body)), what, false);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(homeserver + API + path))
                .timeout(requestTimeout)
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .header("User-Agent", "FMN (Fedora Messaging Notifications)");
    }

    private static HttpRequest.BodyPublisher json(JsonNode body) {
        return HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body), StandardCharsets.UTF_8);
    }

    private JsonNode call(HttpRequest.Builder builder, String what, boolean notFoundIsEmpty) throws DeliveryFailure, MatrixRefusal {
        HttpRequest request = builder.header("Content-Type", "application/json").build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw DeliveryFailure.temporary("Matrix homeserver " + homeserver + " unreachable while " + what + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryFailure.temporary("interrupted while " + what, e);
        }
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        if (status / 100 == 2) {
            return body;
        }
        String errcode = body.path("errcode").asString("");
        if (status == 404 && notFoundIsEmpty && "M_NOT_FOUND".equals(errcode)) {
            return null;
        }
        String reason = "Matrix homeserver answered " + status + (errcode.isEmpty() ? "" : " " + errcode)
                + (body.path("error").isString() ? " (" + body.path("error").asString() + ")" : "") + " while " + what;
        if (status == 429) {
            Optional<Duration> wait = retryAfter(body, response);
            return wait.isPresent() ? throwing(DeliveryFailure.retryAfter(reason, wait.get()))
                    : throwing(DeliveryFailure.temporary(reason, null));
        }
        if (status >= 500 || status == 401 || status == 408) {
            throw DeliveryFailure.temporary(reason, null);
        }
        throw new MatrixRefusal(status, errcode, reason);
    }

    private static JsonNode throwing(DeliveryFailure failure) throws DeliveryFailure {
        throw failure;
    }

    /** The wait a 429 asks for: {@code retry_after_ms} in the body, or the {@code Retry-After} header (seconds). */
    private static Optional<Duration> retryAfter(JsonNode body, HttpResponse<?> response) {
        if (body.path("retry_after_ms").canConvertToLong()) {
            return Optional.of(Duration.ofMillis(Math.max(0, body.path("retry_after_ms").asLong())));
        }
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return Json.MAPPER.createObjectNode();
        }
        try {
            return Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            return Json.MAPPER.createObjectNode();
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
