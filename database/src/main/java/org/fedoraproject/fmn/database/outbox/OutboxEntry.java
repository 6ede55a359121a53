package org.fedoraproject.fmn.database.outbox;

import java.time.Instant;

/**
 * A message in the outbox and where it stands.
 *
 * @param id the entry's id: entries are relayed in id order, the order they were written
 * @param createdAt when it was appended
 * @param attempts how many times a relay has claimed it
 * @param nextAttemptAt when a relay may claim it (again)
 * @param sentAt when the bus confirmed it, or {@code null} while it is waiting
 * @param lastError why the last attempt failed, or {@code null}
 */
public record OutboxEntry(
        long id,
        OutboxMessage message,
        Instant createdAt,
        int attempts,
        Instant nextAttemptAt,
        Instant sentAt,
        String lastError) {

    public boolean sent() {
        return sentAt != null;
    }
}
