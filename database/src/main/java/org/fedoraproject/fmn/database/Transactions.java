package org.fedoraproject.fmn.database;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: every repository call made inside it, on any of the
 * database's ports, commits together when the work returns and rolls back together when it
 * throws (the exception is rethrown as is). Work started inside a running transaction joins
 * it, so a caller's own transaction (a Spring {@code @Transactional} method) spans it too.
 *
 * <p>This is how a rule change and its rule-change message go together: create, replace or
 * delete the rule and {@link org.fedoraproject.fmn.database.outbox.Outbox#append append} the
 * message inside one {@code call}; either both are stored or neither is.
 */
public interface Transactions {

    /** Runs {@code work} in a transaction and returns what it returns. */
    <T> T call(Supplier<T> work);

    /**
     * Runs reading {@code work} on one consistent view of the database: when it starts the
     * transaction, every statement in it sees the same committed state (repeatable read), so
     * a rule read in several queries is never half old, half new. Joining a running
     * transaction, it sees what that one sees.
     */
    <T> T read(Supplier<T> work);

    /** Runs {@code work} in a transaction. */
    default void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
