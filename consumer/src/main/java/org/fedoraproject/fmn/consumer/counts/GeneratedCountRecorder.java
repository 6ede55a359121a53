package org.fedoraproject.fmn.consumer.counts;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.fedoraproject.fmn.database.generated.GeneratedCounts;

/**
 * Records how many notifications each rule produced, in FMN's {@code generated} table, one batch
 * of messages at a time. When the database cannot take them, the counts wait in memory (one
 * number per rule, however long it lasts) and go with the next batch; notifications are not held
 * back for them. The failure is logged once, and its end once. Thread-safe.
 */
public final class GeneratedCountRecorder {

    private static final System.Logger LOG = System.getLogger(GeneratedCountRecorder.class.getName());

    private final GeneratedCounts counts;
    private final Clock clock;
    private Map<Long, Integer> pending = new HashMap<>();
    private boolean failing;

    public GeneratedCountRecorder(GeneratedCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    /** Adds what one message's rules produced. */
    public synchronized void add(Map<Long, Integer> perRule) {
        perRule.forEach((rule, count) -> pending.merge(rule, count, Integer::sum));
    }

    /** Writes what was added since the last successful write. */
    public synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            counts.record(clock.instant(), pending);
            pending = new HashMap<>();
            if (failing) {
                failing = false;
                LOG.log(Level.INFO, "the generated counts are recorded again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "cannot record the generated counts, keeping them for later: " + e.getMessage());
            }
        }
    }

    /** Counts not yet written, by rule. */
    public synchronized Map<Long, Integer> pending() {
        return Map.copyOf(pending);
    }
}
