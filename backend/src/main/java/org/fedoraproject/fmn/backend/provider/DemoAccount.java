package org.fedoraproject.fmn.backend.provider;

/**
 * An account that may log in at the built-in provider.
 *
 * @param username the account name, as the account system (the directory) knows it
 * @param password the password: plain text for demo accounts, or encoded with its scheme in
 *        braces ({@code {bcrypt}$2a$...}) as Spring Security writes it
 * @param name the person's name, UserInfo's {@code name}
 */
public record DemoAccount(String username, String password, String name) {
}
