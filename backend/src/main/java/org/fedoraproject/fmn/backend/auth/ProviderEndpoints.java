package org.fedoraproject.fmn.backend.auth;

import java.net.URI;

/**
 * Where and as whom the API asks the OIDC provider about a bearer token.
 *
 * @param introspection the token introspection endpoint (RFC 7662)
 * @param userinfo the UserInfo endpoint
 * @param clientId the API's client id, sent with each introspection
 * @param clientSecret the API's client secret; {@code null} when the provider wants none
 */
public record ProviderEndpoints(URI introspection, URI userinfo, String clientId, Secret clientSecret) {
}
