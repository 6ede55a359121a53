package org.fedoraproject.fmn.sender.queue;

import java.time.Duration;

import org.fedoraproject.fmn.rule.Protocol;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * A protocol's sender counters, in Prometheus {@code fmn_sender_sent_total},
 * {@code fmn_sender_failed_total}, {@code fmn_sender_retried_total},
 * {@code fmn_sender_dead_lettered_total}, {@code fmn_sender_held_total},
 * {@code fmn_sender_duplicates_total} and {@code fmn_sender_delivery_latency_seconds} (from the
 * consumer's publish to delivery), each with a {@code protocol} label.
 */
public final class SenderMetrics {

    private final Counter sent;
    private final Counter failed;
    private final Counter retried;
    private final Counter deadLettered;
    private final Counter held;
    private final Counter duplicates;
    private final Timer latency;

    public SenderMetrics(MeterRegistry registry, Protocol protocol) {
        String tag = protocol.key();
        sent = Counter.builder("fmn.sender.sent").description("Notifications delivered").tag("protocol", tag).register(registry);
        failed = Counter.builder("fmn.sender.failed").description("Deliveries that failed, temporarily or for good")
                .tag("protocol", tag).register(registry);
        retried = Counter.builder("fmn.sender.retried").description("Notifications put back to be tried again later")
                .tag("protocol", tag).register(registry);
        deadLettered = Counter.builder("fmn.sender.dead.lettered").description("Notifications moved to the dead-letter queue")
                .tag("protocol", tag).register(registry);
        held = Counter.builder("fmn.sender.held").description("Notifications held back by the per-recipient rate limit")
                .tag("protocol", tag).register(registry);
        duplicates = Counter.builder("fmn.sender.duplicates").description("Notifications not sent again: their id was delivered")
                .tag("protocol", tag).register(registry);
        latency = Timer.builder("fmn.sender.delivery.latency").description("From the consumer's publish to delivery")
                .tag("protocol", tag).publishPercentileHistogram().register(registry);
    }

    void sent(Duration sinceQueued) {
        sent.increment();
        latency.record(sinceQueued.isNegative() ? Duration.ZERO : sinceQueued);
    }

    void failed() {
        failed.increment();
    }

    void retried() {
        retried.increment();
    }

    void deadLettered() {
        deadLettered.increment();
    }

    void held() {
        held.increment();
    }

    void duplicate() {
        duplicates.increment();
    }
}
