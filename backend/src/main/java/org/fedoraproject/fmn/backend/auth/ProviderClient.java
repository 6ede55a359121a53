package org.fedoraproject.fmn.backend.auth;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fedoraproject.fmn.message.Json;

import tools.jackson.databind.JsonNode;

/**
 * Asks the OIDC provider about a bearer token over HTTP, as FMN does with Ipsilon: token
 * introspection with the API's client id and secret in the form body (Ipsilon's
 * {@code TokenInfo} takes them there), and UserInfo with the token in the form body.
 */
final class ProviderClient {

    private final ProviderEndpointsSource endpoints;
    private final HttpClient http;
    private final Duration timeout;

    ProviderClient(ProviderEndpointsSource endpoints, HttpClient http, Duration timeout) {
        this.endpoints = endpoints;
        this.http = http;
        this.timeout = timeout;
    }

    /** @throws TokenRejectedException when the provider cannot be asked or answers with an error */
    TokenInfo introspect(String token) {
        ProviderEndpoints provider = located();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", token);
        if (provider.clientId() != null) {
            form.put("client_id", provider.clientId());
        }
        if (provider.clientSecret() != null) {
            form.put("client_secret", provider.clientSecret().reveal());
        }
        JsonNode json = post(provider.introspection(), form);
        JsonNode exp = json.path("exp");
        return new TokenInfo(json.path("active").asBoolean(false), text(json, "username"), text(json, "sub"),
                exp.isNumber() ? Instant.ofEpochSecond(exp.asLong()) : null);
    }

    /** @throws TokenRejectedException when the provider cannot be asked or answers with an error */
    UserInfo userInfo(String token) {
        JsonNode json = post(located().userinfo(), Map.of("access_token", token));
        Set<String> groups = new LinkedHashSet<>();
        json.path("groups").forEach(group -> groups.add(group.asString()));
        return new UserInfo(text(json, "nickname"), text(json, "sub"), groups);
    }

    private ProviderEndpoints located() {
        try {
            return endpoints.endpoints();
        } catch (RuntimeException e) {
            throw new TokenRejectedException("Could not get user information: " + e.getMessage(), e);
        }
    }

    private JsonNode post(URI uri, Map<String, String> form) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new TokenRejectedException("Could not get user information: HTTP " + response.statusCode() + " from " + uri);
            }
            return Json.parseUtf8(response.body(), "the answer of " + uri);
        } catch (IOException | RuntimeException e) {
            if (e instanceof TokenRejectedException rejected) {
                throw rejected;
            }
            throw new TokenRejectedException("Could not get user information: " + describe(e) + " (" + uri + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenRejectedException("Could not get user information: interrupted", e);
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
