package org.fedoraproject.fmn.cache.redis;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.fedoraproject.fmn.cache.CacheKey;
import org.fedoraproject.fmn.cache.CachedValue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A process's own short-lived copies of entries it read from Redis, for the consumer's hot
 * lookups: kept for a few seconds on the given clock, forgotten when a drop is heard of.
 */
final class NearCache {

    private final Cache<CacheKey, CachedValue> copies;

    NearCache(Clock clock, Duration ttl, long maxEntries) {
        this.copies = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfterWrite(ttl)
                .executor(Runnable::run)
                .build();
    }

    Optional<CachedValue> get(CacheKey key) {
        return Optional.ofNullable(copies.getIfPresent(key));
    }

    void put(CacheKey key, CachedValue value) {
        copies.put(key, value);
    }

    void forget(Collection<CacheKey> keys) {
        copies.invalidateAll(keys);
    }

    void forgetAll() {
        copies.invalidateAll();
    }
}
