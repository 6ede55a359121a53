package org.fedoraproject.fmn.backend.provider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fedoraproject.fmn.message.Json;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import tools.jackson.databind.JsonNode;

/**
 * The accounts of the built-in provider, read from a JSON file
 * {@code {"accounts": [{"username", "password", "name"}]}}.
 */
public final class DemoAccounts {

    private final Map<String, DemoAccount> accounts;

    private DemoAccounts(Map<String, DemoAccount> accounts) {
        this.accounts = accounts;
    }

    /**
     * @throws IllegalArgumentException naming the file and the entry when it cannot be read
     */
    public static DemoAccounts read(Path file) {
        JsonNode json;
        try {
            json = Json.parseUtf8(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the accounts file " + file + ": " + e.getMessage(), e);
        }
        JsonNode list = json.path("accounts");
        if (!list.isArray()) {
            throw new IllegalArgumentException(file + ": \"accounts\" must be a list");
        }
        Map<String, DemoAccount> accounts = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String username = entry.path("username").stringValue(null);
            String password = entry.path("password").stringValue(null);
            if (username == null || username.isBlank() || password == null || password.isEmpty()) {
                throw new IllegalArgumentException(file + ": accounts[" + i + "] needs a username and a password");
            }
            if (accounts.put(username, new DemoAccount(username, password, entry.path("name").stringValue(username))) != null) {
                throw new IllegalArgumentException(file + ": accounts[" + i + "] repeats the username " + username);
            }
        }
        return new DemoAccounts(accounts);
    }

    public Optional<DemoAccount> account(String username) {
        return Optional.ofNullable(accounts.get(username));
    }

    public List<DemoAccount> all() {
        return List.copyOf(accounts.values());
    }

    /** The accounts for Spring Security's login form. */
    UserDetailsService userDetailsService() {
        List<org.springframework.security.core.userdetails.UserDetails> users = new ArrayList<>();
        for (DemoAccount account : accounts.values()) {
            // A password without a {scheme} prefix is a demo password kept in plain text.
            String password = account.password().startsWith("{") ? account.password() : "{noop}" + account.password();
            users.add(User.withUsername(account.username()).password(password).build());
        }
        return new InMemoryUserDetailsManager(users);
    }
}
