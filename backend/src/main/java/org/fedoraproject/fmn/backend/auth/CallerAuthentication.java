package org.fedoraproject.fmn.backend.auth;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** An API request whose bearer token names a caller. Admins carry the {@value #ADMIN} authority. */
final class CallerAuthentication extends AbstractAuthenticationToken {

    static final String ADMIN = "FMN_ADMIN";

    private final Identity identity;

    CallerAuthentication(Identity identity) {
        super(identity.admin() ? AuthorityUtils.createAuthorityList(ADMIN) : List.of());
        this.identity = identity;
        setAuthenticated(true);
    }

    Identity identity() {
        return identity;
    }

    @Override
    public Object getPrincipal() {
        return identity;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public String getName() {
        return identity.name();
    }
}
