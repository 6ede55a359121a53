package org.fedoraproject.fmn.sender.queue;

import java.time.Duration;

/**
 * How often and after how long a temporary failure is tried again: the n-th retry waits
 * {@code firstDelay * 2^(n-1)}, at most {@code maxDelay}; after {@code maxAttempts} deliveries
 * that failed, the notification is dead-lettered.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    public RetryPolicy {
        if (maxAttempts < 1 || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("retries need max-attempts of 1 or more and 0 < first-delay <= max-delay");
        }
    }

    /** How long to wait after the failed attempt number {@code attempt} (1 for the first). */
    public Duration delayAfter(int attempt) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Whether a notification that failed attempt number {@code attempt} may be tried again. */
    public boolean mayRetryAfter(int attempt) {
        return attempt < maxAttempts;
    }
}
