package org.fedoraproject.fmn.database.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a relay waits before trying a failed entry again: {@code first} after the first
 * attempt, doubling with every further attempt, never more than {@code max}.
 */
public record Backoff(Duration first, Duration max) {

    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max, got " + first + " and " + max);
        }
    }

    /** The wait after an entry's {@code attempts}-th failed attempt (1 for the first). */
    public Duration after(int attempts) {
        Duration delay = first;
        for (int i = 1; i < attempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
