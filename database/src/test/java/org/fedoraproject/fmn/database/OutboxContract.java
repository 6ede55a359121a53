package org.fedoraproject.fmn.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.fedoraproject.fmn.database.outbox.Outbox;
import org.fedoraproject.fmn.database.outbox.OutboxEntry;
import org.fedoraproject.fmn.database.outbox.OutboxMessage;
import org.junit.jupiter.api.Test;

/** What every {@link Outbox} does; see {@link DatabaseContract}. */
public interface OutboxContract extends DatabaseContract {

    Duration LEASE = Duration.ofMinutes(1);

    private Outbox outbox() {
        return database().outbox();
    }

    static OutboxMessage message(String topic) {
        return new OutboxMessage(UUID.randomUUID().toString(), topic,
                "{\"fedora_messaging_schema\": \"" + topic + "\", \"fedora_messaging_severity\": 20}",
                "{\"rule\": {\"id\": 1}, \"user\": {\"name\": \"alice\"}}");
    }

    @Test
    default void anAppendedMessageIsKeptAsWrittenAndDueAtOnce() {
        OutboxMessage message = message("fmn.rule.create.v1");

        OutboxEntry entry = outbox().append(message);

        assertThat(entry.message()).isEqualTo(message);
        assertThat(entry.createdAt()).isEqualTo(clock().instant());
        assertThat(entry.nextAttemptAt()).isEqualTo(clock().instant());
        assertThat(entry.attempts()).isZero();
        assertThat(entry.sent()).isFalse();
        assertThat(outbox().find(entry.id())).contains(entry);
        assertThat(outbox().pendingCount()).isEqualTo(1);
    }

    @Test
    default void claimingTakesDueEntriesOldestFirstUpToTheLimit() {
        OutboxEntry first = outbox().append(message("fmn.rule.create.v1"));
        OutboxEntry second = outbox().append(message("fmn.rule.update.v1"));
        OutboxEntry third = outbox().append(message("fmn.rule.delete.v1"));

        List<OutboxEntry> claimed = outbox().claimDue(2, LEASE);

        assertThat(claimed).extracting(OutboxEntry::id).containsExactly(first.id(), second.id());
        assertThat(claimed).allSatisfy(e -> {
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.nextAttemptAt()).isEqualTo(clock().instant().plus(LEASE));
        });
        assertThat(outbox().claimDue(10, LEASE)).extracting(OutboxEntry::id).containsExactly(third.id());
    }

    @Test
    default void aClaimedEntryIsNobodyElsesUntilItsLeaseEnds() {
        OutboxEntry entry = outbox().append(message("fmn.rule.create.v1"));
        outbox().claimDue(10, LEASE);

        assertThat(outbox().claimDue(10, LEASE)).isEmpty();

        clock().advance(LEASE);
        List<OutboxEntry> again = outbox().claimDue(10, LEASE);
        assertThat(again).extracting(OutboxEntry::id).containsExactly(entry.id());
        assertThat(again.getFirst().attempts()).isEqualTo(2);
    }

    @Test
    default void aSentEntryIsNeverClaimedAgain() {
        OutboxEntry entry = outbox().append(message("fmn.rule.create.v1"));
        outbox().claimDue(10, LEASE);

        clock().advance(Duration.ofSeconds(1));
        outbox().markSent(entry.id());

        OutboxEntry sent = outbox().find(entry.id()).orElseThrow();
        assertThat(sent.sentAt()).isEqualTo(clock().instant());
        clock().advance(Duration.ofDays(1));
        assertThat(outbox().claimDue(10, LEASE)).isEmpty();
        assertThat(outbox().pendingCount()).isZero();
    }

    @Test
    default void aFailedEntryWaitsItsBackoffAndKeepsItsError() {
        OutboxEntry entry = outbox().append(message("fmn.rule.create.v1"));
        outbox().claimDue(10, LEASE);

        outbox().markFailed(entry.id(), "broker unreachable", Duration.ofSeconds(30));

        OutboxEntry failed = outbox().find(entry.id()).orElseThrow();
        assertThat(failed.lastError()).isEqualTo("broker unreachable");
        assertThat(failed.nextAttemptAt()).isEqualTo(clock().instant().plusSeconds(30));
        clock().advance(Duration.ofSeconds(29));
        assertThat(outbox().claimDue(10, LEASE)).isEmpty();
        clock().advance(Duration.ofSeconds(1));
        assertThat(outbox().claimDue(10, LEASE)).singleElement().satisfies(e -> {
            assertThat(e.attempts()).isEqualTo(2);
            assertThat(e.lastError()).isEqualTo("broker unreachable");
        });
    }

    @Test
    default void sentEntriesAreDeletedOnceOldAndWaitingOnesNever() {
        OutboxEntry sent = outbox().append(message("fmn.rule.create.v1"));
        OutboxEntry waiting = outbox().append(message("fmn.rule.update.v1"));
        outbox().markSent(sent.id());
        clock().advance(Duration.ofDays(30));

        assertThat(outbox().deleteSentBefore(clock().instant().minus(Duration.ofDays(7)))).isEqualTo(1);

        assertThat(outbox().find(sent.id())).isEmpty();
        assertThat(outbox().find(waiting.id())).isPresent();
    }
}
