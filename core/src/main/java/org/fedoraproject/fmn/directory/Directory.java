package org.fedoraproject.fmn.directory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The account system (FASJSON in production): who a user is, whether they still exist, and
 * who is in a group.
 *
 * <p>Every lookup is keyed by one user or group name, so a caching layer can keep answers per
 * key and drop exactly the keys that an account-system message says changed. Implementations
 * backed by a network service may be slow and may fail with an unchecked exception; the
 * in-memory ones never do. All implementations are thread-safe.
 */
public interface Directory {

    /** The account of that name, or empty when there is none (never created, or deleted). */
    Optional<Person> person(String username);

    /** Whether the account exists; rules of users that do not produce nothing. */
    default boolean exists(String username) {
        return person(username).isPresent();
    }

    /**
     * The names of the accounts whose name contains {@code fragment}, sorted, at most
     * {@code limit} of them: what people pick from when a rule follows someone.
     */
    List<String> search(String fragment, int limit);

    /** The members of a group; empty when the group does not exist. */
    Set<String> members(String groupName);

    /**
     * A number that changes whenever an answer of this directory may have changed. Callers may
     * keep answers while it stays the same (matching keeps whether each rule owner exists).
     * A negative number, the default, means answers must not be kept at all.
     */
    default long generation() {
        return -1;
    }
}
