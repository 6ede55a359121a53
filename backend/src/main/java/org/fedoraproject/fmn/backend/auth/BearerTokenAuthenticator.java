package org.fedoraproject.fmn.backend.auth;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Turns an API request's bearer token into its caller. On paths anyone may call, a token that
 * names nobody leaves the request anonymous rather than refused, as FMN's optional identity
 * does: a web page holding an expired token still lists applications.
 */
final class BearerTokenAuthenticator implements AuthenticationManager {

    private final IdentityLookup identities;
    private final boolean lenient;

    private BearerTokenAuthenticator(IdentityLookup identities, boolean lenient) {
        this.identities = identities;
        this.lenient = lenient;
    }

    /** Refuses a token that names nobody (401). */
    static BearerTokenAuthenticator strict(IdentityLookup identities) {
        return new BearerTokenAuthenticator(identities, false);
    }

    /** Lets a request whose token names nobody go on anonymously. */
    static BearerTokenAuthenticator lenient(IdentityLookup identities) {
        return new BearerTokenAuthenticator(identities, true);
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String token = ((BearerTokenAuthenticationToken) request).getToken();
        try {
            return new CallerAuthentication(identities.identify(token));
        } catch (TokenRejectedException e) {
            if (lenient) {
                return new AnonymousAuthenticationToken("fmn-api", "anonymousUser",
                        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
            }
            throw new InvalidBearerTokenException(e.getMessage(), e);
        }
    }
}
