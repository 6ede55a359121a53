package org.fedoraproject.fmn.database.user;

import java.util.List;
import java.util.Optional;

/** FMN's users, by their account name (unique). */
public interface UserRepository {

    /**
     * The user of that name, created if FMN has not seen it yet (the API does this on every
     * authenticated call). Safe against a concurrent call creating the same user: both get the
     * one row.
     */
    User getOrCreate(String name);

    /** The user of that name, if FMN knows it. */
    Optional<User> find(String name);

    /**
     * Users whose name contains {@code fragment} (case-sensitive, as FMN's admin search; the
     * characters {@code %} and {@code _} are matched literally), ordered by name. An empty
     * fragment lists every user.
     */
    List<User> search(String fragment);
}
