package org.fedoraproject.fmn.backend.auth;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.fedoraproject.fmn.message.Json;

import tools.jackson.databind.JsonNode;

/**
 * An external provider's endpoints: those configured explicitly, the others read from the
 * issuer's discovery document. Discovery happens on first use and is kept once it succeeds, so
 * FMN starts even while the provider is down.
 */
final class DiscoveredEndpoints implements ProviderEndpointsSource {

    private final OidcProperties oidc;
    private final HttpClient http;
    private final Duration timeout;
    private volatile ProviderEndpoints found;

    DiscoveredEndpoints(OidcProperties oidc, HttpClient http, Duration timeout) {
        this.oidc = oidc;
        this.http = http;
        this.timeout = timeout;
        if (oidc.introspectionUri() != null && oidc.userinfoUri() != null) {
            found = endpoints(oidc.introspectionUri(), oidc.userinfoUri());
        } else if (oidc.issuer() == null) {
            throw new IllegalArgumentException(
                    "fmn.oidc: set fmn.oidc.issuer, or both fmn.oidc.introspection-uri and fmn.oidc.userinfo-uri");
        }
    }

    @Override
    public ProviderEndpoints endpoints() {
        ProviderEndpoints known = found;
        if (known == null) {
            JsonNode discovery = discover();
            known = endpoints(
                    oidc.introspectionUri() != null ? oidc.introspectionUri() : named(discovery, "introspection_endpoint", "fmn.oidc.introspection-uri"),
                    oidc.userinfoUri() != null ? oidc.userinfoUri() : named(discovery, "userinfo_endpoint", "fmn.oidc.userinfo-uri"));
            found = known;
        }
        return known;
    }

    private ProviderEndpoints endpoints(URI introspection, URI userinfo) {
        return new ProviderEndpoints(introspection, userinfo, oidc.clientId(), oidc.secret());
    }

    private JsonNode discover() {
        URI uri = URI.create(oidc.issuer().toString().replaceAll("/+$", "") + "/.well-known/openid-configuration");
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("OIDC discovery at " + uri + " answered HTTP " + response.statusCode());
            }
            return Json.parseUtf8(response.body(), uri.toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("OIDC discovery at " + uri + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("OIDC discovery at " + uri + " was interrupted", e);
        }
    }

    private static URI named(JsonNode discovery, String field, String key) {
        String value = discovery.path(field).stringValue(null);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("the OIDC provider's discovery document names no " + field + ": set " + key);
        }
        return URI.create(value);
    }
}
