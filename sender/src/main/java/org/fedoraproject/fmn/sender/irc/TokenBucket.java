package org.fedoraproject.fmn.sender.irc;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Paces outgoing lines under the server's flood limit: up to {@code burst} lines at once, then
 * {@code perSecond} lines a second. IRC servers count lines against a similar budget and
 * disconnect a client that overdraws it ("Excess Flood"), which would lose what is queued.
 * Callers are served one at a time, in order. Time is an input, so tests run on virtual time.
 */
final class TokenBucket {

    /** Waits; {@link Thread#sleep} in production. */
    interface Sleeper {
        Sleeper REAL = duration -> Thread.sleep(duration);

        void sleep(Duration duration) throws InterruptedException;
    }

    private final double perNano;
    private final double burst;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private double tokens;
    private long refilledAt;

    TokenBucket(double perSecond, int burst, LongSupplier nanoTime, Sleeper sleeper) {
        if (!(perSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("the rate must be above 0 and the burst at least 1, not "
                    + perSecond + "/s and " + burst);
        }
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.tokens = burst;
        this.refilledAt = nanoTime.getAsLong();
    }

    static TokenBucket real(double perSecond, int burst) {
        return new TokenBucket(perSecond, burst, System::nanoTime, Sleeper.REAL);
    }

    /** Takes one line's token, waiting until there is one. */
    synchronized void take() throws InterruptedException {
        refill();
        while (tokens < 1) {
            long nanos = (long) Math.ceil((1 - tokens) / perNano);
            sleeper.sleep(Duration.ofNanos(nanos));
            refill();
        }
        tokens -= 1;
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(burst, tokens + (now - refilledAt) * perNano);
        refilledAt = now;
    }
}
