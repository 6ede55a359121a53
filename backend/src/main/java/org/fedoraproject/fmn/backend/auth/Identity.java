package org.fedoraproject.fmn.backend.auth;

/**
 * Who is calling the API, as the OIDC provider vouches for the bearer token: the account name
 * and whether the account is in one of the configured admin groups. Controllers take it as a
 * method parameter; a call without a valid token never reaches them (401).
 */
public record Identity(String name, boolean admin) {
}
