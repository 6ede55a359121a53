package org.fedoraproject.fmn.backend.auth;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the API checks bearer tokens ({@code fmn.oidc.*}). With none of the provider keys set,
 * the API asks FMN's built-in provider; with any of them, an external one such as Fedora's
 * Ipsilon, and the built-in provider stays off.
 *
 * @param issuer the external provider's issuer; its discovery document
 *        ({@code <issuer>/.well-known/openid-configuration}) names the endpoints not set below
 * @param introspectionUri the token introspection endpoint (RFC 7662; Ipsilon's {@code TokenInfo})
 * @param userinfoUri the UserInfo endpoint, which tells the caller's groups
 * @param clientId the API's own client id at the provider, sent with each introspection
 * @param clientSecret the API's client secret (or {@code FMN_OIDC_CLIENT_SECRET})
 * @param clientSecretFile a file holding the client secret instead
 */
@ConfigurationProperties("fmn.oidc")
public record OidcProperties(URI issuer, URI introspectionUri, URI userinfoUri, String clientId,
        Secret clientSecret, Path clientSecretFile) {

    /** The keys any of which, when set, name an external provider. */
    public static final List<String> EXTERNAL_PROVIDER_KEYS =
            List.of("fmn.oidc.issuer", "fmn.oidc.introspection-uri", "fmn.oidc.userinfo-uri");

    public OidcProperties {
        // An empty value (FMN_OIDC_ISSUER= in an environment file) sets nothing, as the
        // built-in provider's switch reads it.
        issuer = blankToNull(issuer);
        introspectionUri = blankToNull(introspectionUri);
        userinfoUri = blankToNull(userinfoUri);
        if (clientSecret != null && clientSecretFile != null) {
            throw new IllegalArgumentException("fmn.oidc: set client-secret or client-secret-file, not both");
        }
    }

    /** Whether an external provider is configured. */
    public boolean external() {
        return issuer != null || introspectionUri != null || userinfoUri != null;
    }

    /** The client secret, from the value or the file; {@code null} when none is configured. */
    public Secret secret() {
        return clientSecretFile != null ? Secret.readFrom(clientSecretFile) : clientSecret;
    }

    private static URI blankToNull(URI uri) {
        return uri == null || uri.toString().isBlank() ? null : uri;
    }
}
