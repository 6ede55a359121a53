package org.fedoraproject.fmn.consumer.pipeline;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.fedoraproject.fmn.rule.Protocol;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The consumer's metrics, as Prometheus shows them: {@code fmn_consumer_messages_total} by
 * outcome (consumed, notified, dead_lettered, retried), {@code fmn_consumer_notifications_total}
 * by protocol, {@code fmn_consumer_latency_seconds} (a histogram of the time from a message's
 * arrival to its acknowledgement), {@code fmn_consumer_stage_seconds} by stage,
 * {@code fmn_consumer_batch_messages}, and the rule index's size and build time.
 */
public final class ConsumerMetrics {

    /** The pipeline's stages, as metrics name them. */
    public enum Stage {
        DERIVE, INVALIDATE, MATCH, RENDER, PUBLISH, COUNT
    }

    private final MeterRegistry registry;
    private final Counter consumed;
    private final Counter notified;
    private final Counter deadLettered;
    private final Counter retried;
    private final Map<Protocol, Counter> notifications = new EnumMap<>(Protocol.class);
    private final Map<Stage, Timer> stages = new EnumMap<>(Stage.class);
    private final Timer latency;
    private final DistributionSummary batches;
    private volatile double indexBuildSeconds = Double.NaN;

    public ConsumerMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.consumed = messages(registry, "consumed");
        this.notified = messages(registry, "notified");
        this.deadLettered = messages(registry, "dead_lettered");
        this.retried = messages(registry, "retried");
        for (Protocol protocol : Protocol.values()) {
            notifications.put(protocol, Counter.builder("fmn.consumer.notifications")
                    .description("notifications published to the send queues and confirmed")
                    .tag("protocol", protocol.key()).register(registry));
        }
        for (Stage stage : Stage.values()) {
            stages.put(stage, Timer.builder("fmn.consumer.stage")
                    .description("time spent in each stage of the pipeline, per batch")
                    .tag("stage", stage.name().toLowerCase()).register(registry));
        }
        this.latency = Timer.builder("fmn.consumer.latency")
                .description("from a message's arrival to its acknowledgement")
                .publishPercentileHistogram()
                .publishPercentiles(0.5, 0.99)
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry);
        this.batches = DistributionSummary.builder("fmn.consumer.batch.messages")
                .description("messages worked together").register(registry);
        Gauge.builder("fmn.consumer.index.build.seconds", () -> indexBuildSeconds)
                .description("how long building the rule index from the database took at start")
                .register(registry);
    }

    private static Counter messages(MeterRegistry registry, String outcome) {
        return Counter.builder("fmn.consumer.messages")
                .description("bus messages, by what became of them")
                .tag("outcome", outcome).register(registry);
    }

    /** Shows the rule index's size, once there is one. */
    public void indexSize(Supplier<Number> size) {
        Gauge.builder("fmn.consumer.index.rules", size).description("enabled rules in the index").register(registry);
    }

    public void indexBuilt(Duration took) {
        indexBuildSeconds = took.toNanos() / 1e9;
    }

    void batch(int messages) {
        batches.record(messages);
        consumed.increment(messages);
    }

    void notified(Protocol protocol, int count) {
        notifications.get(protocol).increment(count);
    }

    void messageNotified() {
        notified.increment();
    }

    public void deadLettered() {
        deadLettered.increment();
    }

    public void retried(int messages) {
        retried.increment(messages);
    }

    void stage(Stage stage, long nanos) {
        stages.get(stage).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The arrival-to-acknowledgement times so far: count and percentiles (p50, p99), for benchmarks. */
    public io.micrometer.core.instrument.distribution.HistogramSnapshot latency() {
        return latency.takeSnapshot();
    }

    /** A message settled {@code nanos} after it arrived. */
    public void settled(long nanos) {
        latency.record(nanos, TimeUnit.NANOSECONDS);
    }
}
