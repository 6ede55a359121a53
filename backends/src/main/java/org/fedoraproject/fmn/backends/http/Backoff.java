package org.fedoraproject.fmn.backends.http;

import java.time.Duration;

/**
 * The waits between tries of a request: {@code first}, then twice as long each time, never
 * longer than {@code max} (0.5 s, 1 s, 2 s, 4 s … by default), so that a service that is
 * restarting is given time and a service that is down is not hammered.
 */
public record Backoff(Duration first, Duration max) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10));

    public Backoff {
        if (first.isNegative() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("a backoff waits 0 or more, at most max: " + first + ", " + max);
        }
    }

    /** The wait before retry number {@code retry} (1 for the first retry). */
    public Duration before(int retry) {
        Duration wait = first;
        for (int i = 1; i < retry && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
