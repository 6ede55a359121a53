package org.fedoraproject.fmn.backend.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.fedoraproject.fmn.database.outbox.Backoff;
import org.fedoraproject.fmn.database.outbox.Outbox;
import org.fedoraproject.fmn.database.outbox.OutboxEntry;
import org.fedoraproject.fmn.database.outbox.OutboxMessage;
import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.node.ObjectNode;

/**
 * Carries rule-change messages from the outbox to the bus: each pass claims what is due,
 * publishes it with publisher confirms, and marks it sent, or failed with a growing wait before
 * the next try. While the bus is down the messages wait in the database; none is lost, and an
 * API call never fails or waits because of the bus.
 */
public final class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final BusPublisher bus;
    private final Backoff backoff;
    private final int batch;
    private final Duration lease;
    private final Counter published;
    private final Counter failed;

    public OutboxRelay(Outbox outbox, BusPublisher bus, Backoff backoff, int batch, Duration lease, MeterRegistry meters) {
        this.outbox = outbox;
        this.bus = bus;
        this.backoff = backoff;
        this.batch = batch;
        this.lease = lease;
        this.published = Counter.builder("fmn.outbox.published").description("Rule-change messages the bus confirmed")
                .register(meters);
        this.failed = Counter.builder("fmn.outbox.failed").description("Attempts to publish a rule-change message that failed")
                .register(meters);
        Gauge.builder("fmn.outbox.pending", outbox, Outbox::pendingCount)
                .description("Rule-change messages waiting for the bus").register(meters);
    }

    /** One pass: publishes what is due. Returns how many messages the bus confirmed. */
    public int relayDue() {
        int confirmed = 0;
        List<OutboxEntry> due = outbox.claimDue(batch, lease);
        for (OutboxEntry entry : due) {
            try {
                bus.publish(message(entry.message()));
                outbox.markSent(entry.id());
                published.increment();
                confirmed++;
            } catch (BusPublisher.BusException | RuntimeException e) {
                Duration wait = backoff.after(entry.attempts());
                outbox.markFailed(entry.id(), e.getMessage(), wait);
                failed.increment();
                log.warn("Rule-change message {} not published (attempt {}), next try in {}: {}",
                        entry.message().messageId(), entry.attempts(), wait, e.getMessage());
            }
        }
        return confirmed;
    }

    /**
     * Forgets the messages the bus confirmed before {@code before}: they are kept a while to
     * show what was announced, not for ever. Returns how many were forgotten.
     */
    public int forgetSentBefore(Instant before) {
        return outbox.deleteSentBefore(before);
    }

    static Message message(OutboxMessage stored) {
        ObjectNode headers = (ObjectNode) Json.parse(stored.headers(), "outbox headers");
        ObjectNode body = (ObjectNode) Json.parse(stored.body(), "outbox body");
        return new Message(stored.messageId(), stored.topic(), headers, body, null, null);
    }
}
