package org.fedoraproject.fmn.database.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Rule-change messages waiting for the bus. The API appends a message in the same transaction
 * as the rule change it announces (see {@link org.fedoraproject.fmn.database.Transactions}), so
 * a committed change always has its message and a rolled-back one never does; a relay then
 * publishes what is due and marks it.
 *
 * <p>Delivery is at least once: a relay that publishes and dies before {@link #markSent} leaves
 * the entry to be claimed again when its lease ends, and the message goes out again with the
 * same message id. Several relays may run: a claim takes each entry for one of them only, for
 * the length of its lease. Times come from the outbox's clock.
 */
public interface Outbox {

    /** Appends a message, due at once. Joins the caller's transaction. */
    OutboxEntry append(OutboxMessage message);

    /**
     * Claims up to {@code limit} unsent entries that are due, oldest first: each claimed entry
     * counts one more attempt and is not due again, for any relay, until {@code lease} has
     * passed. The relay then calls {@link #markSent} or {@link #markFailed} for each.
     */
    List<OutboxEntry> claimDue(int limit, Duration lease);

    /** Marks an entry as published (the bus confirmed it); it is never claimed again. */
    void markSent(long id);

    /**
     * Marks an attempt as failed: the entry keeps waiting, due again after {@code retryAfter}
     * (see {@link Backoff}), with {@code error} kept as its last error.
     */
    void markFailed(long id, String error, Duration retryAfter);

    /** The entry of that id. */
    Optional<OutboxEntry> find(long id);

    /** How many entries wait to be sent, due or not. */
    long pendingCount();

    /** Deletes entries sent before {@code before}; returns how many. Unsent entries stay. */
    int deleteSentBefore(Instant before);
}
