package org.fedoraproject.fmn.backend.provider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionAuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Checks the access tokens sent to the built-in provider's own UserInfo endpoint against the
 * tokens it issued. (The API does not use this: it asks over HTTP, as it asks any provider.)
 */
final class IssuedTokenIntrospector implements OpaqueTokenIntrospector {

    private final OAuth2AuthorizationService authorizations;

    IssuedTokenIntrospector(OAuth2AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        OAuth2Authorization authorization = authorizations.findByToken(token, OAuth2TokenType.ACCESS_TOKEN);
        OAuth2Authorization.Token<OAuth2AccessToken> accessToken = authorization == null ? null : authorization.getAccessToken();
        if (accessToken == null || !accessToken.isActive()) {
            throw new BadOpaqueTokenException("The access token is unknown, revoked or expired");
        }
        Map<String, Object> claims = new HashMap<>();
        if (accessToken.getClaims() != null) {
            claims.putAll(accessToken.getClaims());
        }
        claims.put("sub", authorization.getPrincipalName());
        List<String> scopes = accessToken.getToken().getScopes().stream().map(scope -> "SCOPE_" + scope).toList();
        return new OAuth2IntrospectionAuthenticatedPrincipal(authorization.getPrincipalName(), claims,
                AuthorityUtils.createAuthorityList(scopes));
    }
}
