package org.fedoraproject.fmn.consumer;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.fedoraproject.fmn.consumer.counts.GeneratedCountRecorder;
import org.fedoraproject.fmn.consumer.pipeline.ConsumerMetrics;
import org.fedoraproject.fmn.consumer.rules.LiveRules;
import org.fedoraproject.fmn.consumer.subscription.BusSubscription;

/**
 * The Message Consumer as a whole: builds the rule index from the database (reporting progress),
 * then subscribes to the bus; compares the index with the database every
 * {@code reconcileInterval}; on stop, finishes the batches in hand and writes the counts.
 * It is ready when the index is built and both brokers are connected.
 */
public final class MessageConsumer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MessageConsumer.class.getName());

    private final LiveRules rules;
    private final BusSubscription subscription;
    private final GeneratedCountRecorder counts;
    private final ConsumerMetrics metrics;
    private final Duration reconcileInterval;
    private final ScheduledExecutorService background;
    private volatile String state = "not started";

    public MessageConsumer(LiveRules rules, BusSubscription subscription, GeneratedCountRecorder counts,
            ConsumerMetrics metrics, Duration reconcileInterval) {
        this.rules = rules;
        this.subscription = subscription;
        this.counts = counts;
        this.metrics = metrics;
        this.reconcileInterval = reconcileInterval;
        this.background = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("fmn-consumer-rules").daemon().factory());
        metrics.indexSize(() -> rules.index().map(index -> index.size()).orElse(0));
    }

    /** Starts in the background: the rules first, then the bus. Returns at once. */
    public void start() {
        background.execute(this::loadThenSubscribe);
    }

    private void loadThenSubscribe() {
        state = "building the rule index";
        LOG.log(Level.INFO, "Consumer: building the rule index from the database");
        long start = System.nanoTime();
        long[] lastReport = {start};
        LiveRules.Scan scan;
        try {
            scan = rules.load(read -> {
                long now = System.nanoTime();
                if (now - lastReport[0] > 2_000_000_000L) {
                    lastReport[0] = now;
                    LOG.log(Level.INFO, () -> String.format("Consumer: read %,d rules...", read));
                }
            });
        } catch (RuntimeException e) {
            state = "cannot read the rules: " + e.getMessage();
            LOG.log(Level.ERROR, "Consumer: cannot read the rules from the database, trying again in 30 s: " + e.getMessage());
            background.schedule(this::loadThenSubscribe, 30, TimeUnit.SECONDS);
            return;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        metrics.indexBuilt(took);
        LOG.log(Level.INFO, () -> String.format("Consumer: indexed %,d enabled rules in %.1f s%s", scan.rules().size(),
                took.toMillis() / 1000.0,
                scan.unreadable() == 0 ? "" : String.format(" (%,d stored rules skipped, FMN cannot use them)", scan.unreadable())));
        state = "connecting to the bus";
        subscription.start();
        long every = reconcileInterval.toMillis();
        background.scheduleWithFixedDelay(this::reconcile, every, every, TimeUnit.MILLISECONDS);
    }

    private void reconcile() {
        try {
            LiveRules.Reconciliation done = rules.reconcile();
            if (done.changedAnything()) {
                LOG.log(Level.WARNING, () -> String.format("Consumer: the rule index had missed changes: %d added, "
                        + "%d changed, %d removed (of %,d rules)", done.added(), done.changed(), done.removed(), done.rules()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Consumer: cannot compare the rule index with the database: " + e.getMessage());
        }
    }

    /** Whether it takes messages: the index is built and the brokers are connected. */
    public boolean ready() {
        return rules.ready() && subscription.connected();
    }

    /** What it is doing, for health: ready, or what it waits for. */
    public String state() {
        if (ready()) {
            return "consuming";
        }
        return rules.ready() ? "connecting to the bus" : state;
    }

    public LiveRules rules() {
        return rules;
    }

    @Override
    public void close() {
        background.shutdownNow();
        subscription.close();
        counts.flush();
    }
}
