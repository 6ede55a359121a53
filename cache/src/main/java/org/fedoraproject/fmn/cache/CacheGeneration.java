package org.fedoraproject.fmn.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The generation a caching directory or forge reports (see {@code Directory.generation()}): it
 * moves on whenever the cache drops an entry (here or in another process) and once every
 * {@code period} (the TTL of the answers it is about), so that whatever matching derived from
 * cached answers is derived again at least as often as the answers themselves are refreshed.
 */
public final class CacheGeneration {

    private final ServiceCache cache;
    private final Clock clock;
    private final long periodMillis;
    private final AtomicLong state = new AtomicLong();
    private volatile long lastDrops;
    private volatile long lastEpoch;

    public CacheGeneration(ServiceCache cache, Clock clock, Duration period) {
        this.cache = cache;
        this.clock = clock;
        this.periodMillis = Math.max(1, period.toMillis());
        this.lastDrops = cache.drops();
        this.lastEpoch = epoch();
    }

    /** A number, 0 or more, that changes after a drop and once a period. */
    public long current() {
        long drops = cache.drops();
        long epoch = epoch();
        if (drops != lastDrops || epoch != lastEpoch) {
            synchronized (this) {
                if (drops != lastDrops || epoch != lastEpoch) {
                    lastDrops = drops;
                    lastEpoch = epoch;
                    return state.incrementAndGet();
                }
            }
        }
        return state.get();
    }

    private long epoch() {
        return Math.floorDiv(clock.millis(), periodMillis);
    }
}
