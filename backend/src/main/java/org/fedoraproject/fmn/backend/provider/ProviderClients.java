package org.fedoraproject.fmn.backend.provider;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.fedoraproject.fmn.backend.auth.Secret;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The built-in provider's clients:
 * <ul>
 * <li>the web frontend: a public client (no secret, PKCE S256 required) sent back to
 *     {@code <origin>/login/fedora} for each frontend origin, with Fedora's scopes; it gets
 *     refresh tokens, without which FMN's frontend refuses the login;</li>
 * <li>{@value #CLI_CLIENT_ID}, what {@code fmn token} logs in as: a public client whose loopback
 *     redirect ({@value #CLI_REDIRECT_URI}) is never followed, only read;</li>
 * <li>{@value #API_CLIENT_ID}, the API itself, which introspects tokens with a secret made anew
 *     at each start and never shown.</li>
 * </ul>
 * Access tokens are opaque: only introspection tells what they mean.
 */
final class ProviderClients {

    static final String CLI_CLIENT_ID = "fmn-cli";
    static final String CLI_REDIRECT_URI = "http://127.0.0.1/token";
    static final String API_CLIENT_ID = "fmn-api";
    static final String GROUPS_SCOPE = "https://id.fedoraproject.org/scope/groups";

    private final Secret apiSecret;
    private final RegisteredClientRepository repository;

    ProviderClients(BuiltinProviderProperties properties, List<String> frontendOrigins) {
        if (frontendOrigins.isEmpty()) {
            throw new IllegalArgumentException("fmn.api.cors-origins: the built-in OIDC provider needs the web frontend's origin");
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        apiSecret = Secret.of(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        TokenSettings tokens = TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.REFERENCE)
                .accessTokenTimeToLive(properties.accessTokenTtl())
                .refreshTokenTimeToLive(properties.refreshTokenTtl())
                .reuseRefreshTokens(false)
                .build();
        RegisteredClient frontend = publicClient(properties.frontendClientId(), tokens)
                .redirectUris(uris -> frontendOrigins.forEach(origin -> uris.add(origin.replaceAll("/+$", "") + "/login/fedora")))
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .build();
        RegisteredClient cli = publicClient(CLI_CLIENT_ID, tokens).redirectUri(CLI_REDIRECT_URI).build();
        RegisteredClient api = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(API_CLIENT_ID)
                .clientSecret("{noop}" + apiSecret.reveal())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .build();
        repository = new InMemoryRegisteredClientRepository(frontend, cli, api);
    }

    private static RegisteredClient.Builder publicClient(String clientId, TokenSettings tokens) {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .scope(GROUPS_SCOPE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens);
    }

    RegisteredClientRepository repository() {
        return repository;
    }

    Secret apiSecret() {
        return apiSecret;
    }
}
