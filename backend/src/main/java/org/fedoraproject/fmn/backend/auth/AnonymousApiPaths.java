package org.fedoraproject.fmn.backend.auth;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API calls anyone may make without a token, FMN's own: health, the applications and
 * artifacts lists, the user search and what the account system says about a user (FMN's
 * frontend fills its forms from these), and one-click unsubscribe. Every other {@code /api/v1}
 * call needs a token.
 */
final class AnonymousApiPaths {

    private AnonymousApiPaths() {
    }

    static RequestMatcher matcher() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(
                paths.matcher(HttpMethod.GET, "/api/v1/healthz/**"),
                paths.matcher(HttpMethod.GET, "/api/v1/applications"),
                paths.matcher(HttpMethod.GET, "/api/v1/artifacts"),
                paths.matcher(HttpMethod.GET, "/api/v1/users"),
                paths.matcher(HttpMethod.GET, "/api/v1/users/*/info"),
                paths.matcher(HttpMethod.GET, "/api/v1/users/*/groups"),
                paths.matcher(HttpMethod.GET, "/api/v1/users/*/destinations"),
                // One-click unsubscribe: the link's signed token is the authorization
                paths.matcher(HttpMethod.GET, "/api/v1/unsubscribe"),
                paths.matcher(HttpMethod.POST, "/api/v1/unsubscribe"),
                // The API's OpenAPI document and the page that browses it (its scripts and styles,
                // and the settings it reads beside the document)
                paths.matcher(HttpMethod.GET, "/api/v1/openapi.json"),
                paths.matcher(HttpMethod.GET, "/api/v1/openapi.json/**"),
                paths.matcher(HttpMethod.GET, "/api/v1/docs"),
                paths.matcher(HttpMethod.GET, "/api/v1/swagger-ui/**"));
    }
}
