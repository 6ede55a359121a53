package org.fedoraproject.fmn.backend.auth;

/**
 * Tells the API where its OIDC provider is. The answer may be found late (by discovery, or once
 * the built-in provider listens), so it is asked on each token check that reaches the provider.
 */
@FunctionalInterface
public interface ProviderEndpointsSource {

    /**
     * @throws IllegalStateException when the provider cannot be located yet; the token check
     *         fails with a 401 that says why
     */
    ProviderEndpoints endpoints();
}
