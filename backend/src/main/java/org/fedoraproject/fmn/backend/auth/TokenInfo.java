package org.fedoraproject.fmn.backend.auth;

import java.time.Instant;

/**
 * What token introspection (RFC 7662) told about a token.
 *
 * @param active whether the provider knows the token and it is still valid
 * @param username the account name ({@code username}), {@code null} when not given
 * @param subject the subject ({@code sub}), {@code null} when not given
 * @param expiresAt when the token expires ({@code exp}), {@code null} when not given
 */
record TokenInfo(boolean active, String username, String subject, Instant expiresAt) {
}
