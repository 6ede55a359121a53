package org.fedoraproject.fmn.backend.provider;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The built-in OIDC provider ({@code fmn.oidc.builtin.*}), for the embedded default and tests.
 *
 * @param enabled whether it runs; unset, it runs exactly when no external provider is configured
 * @param accounts the file of accounts that may log in ({@code demo/accounts.json} by default)
 * @param frontendClientId the client id of the web frontend (a public client, PKCE required)
 * @param accessTokenTtl how long an access token is good for
 * @param refreshTokenTtl how long a refresh token is good for
 */
@ConfigurationProperties("fmn.oidc.builtin")
record BuiltinProviderProperties(Boolean enabled, Path accounts, @DefaultValue("fmn") String frontendClientId,
        @DefaultValue("1h") Duration accessTokenTtl, @DefaultValue("1d") Duration refreshTokenTtl) {

    BuiltinProviderProperties {
        if (accounts == null) {
            throw new IllegalArgumentException("fmn.oidc.builtin.accounts: the built-in OIDC provider needs a file of accounts");
        }
    }
}
