package org.fedoraproject.fmn.database.user;

import java.util.Objects;

/**
 * A row of FMN's {@code users} table: a Fedora account that has used FMN. Whether the user is an
 * admin is not stored; it comes from the account's groups at login.
 */
public record User(long id, String name) {

    public User {
        Objects.requireNonNull(name, "name");
    }
}
