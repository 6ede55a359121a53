package org.fedoraproject.fmn.database.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fedoraproject.fmn.database.Transactions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The outbox table through plain SQL. A claim is a conditional update (the entry is still due
 * at the time the relay saw), so two relays never both claim an entry, without needing row
 * locks that H2 and PostgreSQL spell differently.
 */
public final class JdbcOutbox implements Outbox {

    /** Longer errors are cut: the last error is for a person to read, not a log. */
    static final int MAX_ERROR_LENGTH = 2000;

    private static final String COLUMNS =
            "id, message_id, topic, headers, body, created_at, attempts, next_attempt_at, sent_at, last_error";

    private final JdbcClient jdbc;
    private final Transactions transactions;
    private final Clock clock;

    public JdbcOutbox(JdbcClient jdbc, Transactions transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public OutboxEntry append(OutboxMessage message) {
        return transactions.call(() -> {
            OffsetDateTime now = now();
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO outbox (message_id, topic, headers, body, created_at, attempts, next_attempt_at)
                            VALUES (:messageId, :topic, :headers, :body, :now, 0, :now)""")
                    .param("messageId", message.messageId())
                    .param("topic", message.topic())
                    .param("headers", message.headers())
                    .param("body", message.body())
                    .param("now", now)
                    .update(key, "id");
            return find(key.getKeyAs(Number.class).longValue()).orElseThrow();
        });
    }

    @Override
    public List<OutboxEntry> claimDue(int limit, Duration lease) {
        return transactions.call(() -> {
            OffsetDateTime now = now();
            OffsetDateTime leaseEnd = now.plus(lease).truncatedTo(ChronoUnit.MICROS);
            List<OutboxEntry> due = jdbc.sql("SELECT " + COLUMNS + """
                             FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= :now
                            ORDER BY id LIMIT :limit""")
                    .param("now", now)
                    .param("limit", limit)
                    .query(JdbcOutbox::entry)
                    .list();
            List<OutboxEntry> claimed = new ArrayList<>();
            for (OutboxEntry entry : due) {
                int won = jdbc.sql("""
                                UPDATE outbox SET attempts = attempts + 1, next_attempt_at = :leaseEnd
                                WHERE id = :id AND sent_at IS NULL AND next_attempt_at = :seen""")
                        .param("leaseEnd", leaseEnd)
                        .param("id", entry.id())
                        .param("seen", OffsetDateTime.ofInstant(entry.nextAttemptAt(), ZoneOffset.UTC))
                        .update();
                if (won == 1) {
                    claimed.add(new OutboxEntry(entry.id(), entry.message(), entry.createdAt(), entry.attempts() + 1,
                            leaseEnd.toInstant(), null, entry.lastError()));
                }
            }
            return claimed;
        });
    }

    @Override
    public void markSent(long id) {
        transactions.run(() -> jdbc.sql("UPDATE outbox SET sent_at = :now, last_error = NULL WHERE id = :id")
                .param("now", now())
                .param("id", id)
                .update());
    }

    @Override
    public void markFailed(long id, String error, Duration retryAfter) {
        String kept = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        transactions.run(() -> jdbc.sql("""
                        UPDATE outbox SET next_attempt_at = :next, last_error = :error
                        WHERE id = :id AND sent_at IS NULL""")
                .param("next", now().plus(retryAfter).truncatedTo(ChronoUnit.MICROS))
                .param("error", kept)
                .param("id", id)
                .update());
    }

    @Override
    public Optional<OutboxEntry> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outbox WHERE id = :id")
                .param("id", id)
                .query(JdbcOutbox::entry)
                .optional();
    }

    @Override
    public long pendingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").query(Long.class).single();
    }

    @Override
    public int deleteSentBefore(Instant before) {
        return transactions.call(() -> jdbc.sql("DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < :before")
                .param("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
                .update());
    }

    // Times go in as UTC offsets and at microsecond precision, what both databases keep, so a
    // time read back compares equal to the one written (the claim's condition relies on it).
    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(
                rs.getLong("id"),
                new OutboxMessage(rs.getString("message_id"), rs.getString("topic"), rs.getString("headers"), rs.getString("body")),
                instant(rs, "created_at"),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                instant(rs, "sent_at"),
                rs.getString("last_error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
