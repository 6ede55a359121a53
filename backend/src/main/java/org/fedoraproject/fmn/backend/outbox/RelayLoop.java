package org.fedoraproject.fmn.backend.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the relay in the background while the service runs: a pass at every interval, and
 * passes back to back while each finds a full batch, so a backlog drains at bus speed; once an
 * hour, sent messages older than the retention are forgotten.
 */
final class RelayLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RelayLoop.class);

    private static final Duration CLEANUP_EVERY = Duration.ofHours(1);

    private final OutboxRelay relay;
    private final Duration interval;
    private final Duration keepSent;
    private final Clock clock;
    private ScheduledExecutorService executor;

    RelayLoop(OutboxRelay relay, Duration interval, Duration keepSent, Clock clock) {
        this.relay = relay;
        this.interval = interval;
        this.keepSent = keepSent;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("fmn-outbox-relay").daemon().factory());
        executor.scheduleWithFixedDelay(this::pass, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::cleanUp, CLEANUP_EVERY.toMillis(), CLEANUP_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void cleanUp() {
        try {
            relay.forgetSentBefore(clock.instant().minus(keepSent));
        } catch (RuntimeException e) {
            log.warn("Outbox clean-up failed: {}", e.getMessage());
        }
    }

    private void pass() {
        try {
            while (relay.relayDue() > 0) {
                // more may be due: keep going until a pass publishes nothing
            }
        } catch (RuntimeException e) { // the database is unreachable: try again next time
            log.warn("Outbox relay pass failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
