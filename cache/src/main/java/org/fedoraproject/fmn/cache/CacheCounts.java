package org.fedoraproject.fmn.cache;

import java.util.EnumMap;
import java.util.Map;

/** How often each {@link CacheEvent} happened in one scope. */
public record CacheCounts(Map<CacheEvent, Long> counts) {

    public static final CacheCounts NONE = new CacheCounts(Map.of());

    public CacheCounts {
        Map<CacheEvent, Long> copy = new EnumMap<>(CacheEvent.class);
        counts.forEach((event, count) -> {
            if (count != null && count != 0) {
                copy.put(event, count);
            }
        });
        counts = Map.copyOf(copy);
    }

    public long of(CacheEvent event) {
        return counts.getOrDefault(event, 0L);
    }

    /** The share of lookups answered from the cache (fresh or stale), or -1 when there were none. */
    public double hitRate() {
        long served = of(CacheEvent.HIT) + of(CacheEvent.STALE);
        long lookups = served + of(CacheEvent.MISS);
        return lookups == 0 ? -1 : (double) served / lookups;
    }

    public CacheCounts plus(CacheCounts other) {
        Map<CacheEvent, Long> sum = new EnumMap<>(CacheEvent.class);
        for (CacheEvent event : CacheEvent.values()) {
            sum.put(event, of(event) + other.of(event));
        }
        return new CacheCounts(sum);
    }

    public CacheCounts minus(CacheCounts other) {
        Map<CacheEvent, Long> difference = new EnumMap<>(CacheEvent.class);
        for (CacheEvent event : CacheEvent.values()) {
            difference.put(event, of(event) - other.of(event));
        }
        return new CacheCounts(difference);
    }
}
