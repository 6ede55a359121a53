package org.fedoraproject.fmn.backend.provider;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads the public clients' requests that Spring's authorization server would refuse: a refresh
 * ({@code grant_type=refresh_token} with a {@code client_id} and no secret), which FMN's frontend
 * makes to stay logged in, and a token revocation, which RFC 7009 lets a public client make for
 * its own tokens. Spring lets a public client authenticate only with a PKCE code exchange.
 * {@link PublicClientAuthenticator} then checks the client.
 */
final class PublicClientRequests implements AuthenticationConverter {

    /** Marks the client authentications this converter made. */
    static final String MARK = PublicClientRequests.class.getName();

    private final RequestMatcher revocation;

    PublicClientRequests(String revocationEndpoint) {
        this.revocation = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, revocationEndpoint);
    }

    @Override
    public OAuth2ClientAuthenticationToken convert(HttpServletRequest request) {
        if (!HttpMethod.POST.matches(request.getMethod())
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null
                || request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION) != null) {
            return null;
        }
        String clientId = request.getParameter(OAuth2ParameterNames.CLIENT_ID);
        boolean refresh = AuthorizationGrantType.REFRESH_TOKEN.getValue().equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE));
        if (!StringUtils.hasText(clientId) || !(refresh || revocation.matches(request))) {
            return null;
        }
        return new OAuth2ClientAuthenticationToken(clientId, ClientAuthenticationMethod.NONE, null, Map.of(MARK, true));
    }
}
