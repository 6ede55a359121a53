package org.fedoraproject.fmn.backend.auth;

/**
 * A bearer token that does not name a caller: unknown, revoked, expired, or the provider could
 * not be asked. The message is the {@code detail} the 401 answer shows (FMN's wording).
 */
public final class TokenRejectedException extends RuntimeException {

    public TokenRejectedException(String detail) {
        super(detail, null, false, false);
    }

    public TokenRejectedException(String detail, Throwable cause) {
        super(detail, cause, false, false);
    }
}
