package org.fedoraproject.fmn.cache.spring;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fedoraproject.fmn.cache.CachePolicy;
import org.fedoraproject.fmn.cache.redis.RedisSettings;
import org.fedoraproject.fmn.cache.services.Scopes;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shared cache ({@code fmn.cache.*}).
 *
 * @param redisUrl Redis to share the cache through ({@code redis://host:6379/0},
 *        {@code rediss://} for TLS, a password as {@code redis://:secret@host}); unset, each
 *        process keeps its own cache in memory
 * @param keyPrefix what this deployment's keys and channel in Redis start with (default
 *        {@code fmn})
 * @param ttl how long answers of each scope are fresh ({@code fmn.cache.ttl.person=30m}); scopes
 *        and defaults in {@link Scopes#DEFAULT_TTLS}
 * @param serveStaleFor how long after its TTL an answer is still served while one process
 *        refreshes it (default 10 min)
 * @param refreshLock how long one process may hold the right to refresh an answer (default 1 min)
 * @param nearTtl how long each process keeps its own copy of an answer read from Redis (default
 *        5 s; 0 turns the near-cache off)
 * @param maxEntries how many answers the in-process cache, or each near-cache, holds at most
 *        (default 100,000)
 * @param redisTimeout how long a Redis command may take before the lookup goes to the service
 *        instead (default 1 s)
 * @param reconnectEvery how often a process that could not reach Redis at all tries again
 *        (default 10 s)
 */
@ConfigurationProperties("fmn.cache")
public record CacheProperties(String redisUrl, @DefaultValue("fmn") String keyPrefix, Map<String, Duration> ttl,
        @DefaultValue("10m") Duration serveStaleFor, @DefaultValue("1m") Duration refreshLock,
        @DefaultValue("5s") Duration nearTtl, @DefaultValue("100000") long maxEntries,
        @DefaultValue("1s") Duration redisTimeout, @DefaultValue("10s") Duration reconnectEvery) {

    public CacheProperties {
        ttl = ttl == null ? Map.of() : Map.copyOf(ttl);
        for (Map.Entry<String, Duration> scope : ttl.entrySet()) {
            if (!Scopes.DEFAULT_TTLS.containsKey(scope.getKey())) {
                throw new IllegalArgumentException("fmn.cache.ttl." + scope.getKey() + " names no cache scope; the scopes are "
                        + String.join(", ", Scopes.DEFAULT_TTLS.keySet()));
            }
            positive("fmn.cache.ttl." + scope.getKey(), scope.getValue());
        }
        if (serveStaleFor.isNegative()) {
            throw new IllegalArgumentException("fmn.cache.serve-stale-for must be 0 or more, not " + serveStaleFor);
        }
        positive("fmn.cache.refresh-lock", refreshLock);
        positive("fmn.cache.redis-timeout", redisTimeout);
        positive("fmn.cache.reconnect-every", reconnectEvery);
        if (nearTtl.isNegative()) {
            throw new IllegalArgumentException("fmn.cache.near-ttl must be 0 or more, not " + nearTtl);
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("fmn.cache.max-entries must be 1 or more, not " + maxEntries);
        }
        if (keyPrefix.isBlank()) {
            throw new IllegalArgumentException("fmn.cache.key-prefix must not be blank");
        }
        if (redisUrl != null && !redisUrl.isBlank() && !redisUrl.strip().startsWith("redis://")
                && !redisUrl.strip().startsWith("rediss://")) {
            int scheme = redisUrl.indexOf(':');
            throw new IllegalArgumentException("fmn.cache.redis-url must be a redis:// or rediss:// URL, not one starting "
                    + (scheme < 0 ? "without a scheme" : "with " + redisUrl.substring(0, scheme + 1)));
        }
    }

    public boolean usesRedis() {
        return redisUrl != null && !redisUrl.isBlank();
    }

    /** The TTLs: each scope's default unless set. */
    public CachePolicy policy() {
        Map<String, Duration> ttls = new LinkedHashMap<>(Scopes.DEFAULT_TTLS);
        ttls.putAll(ttl);
        return new CachePolicy(ttls, Duration.ofHours(1), serveStaleFor, refreshLock);
    }

    public RedisSettings redis() {
        return new RedisSettings(URI.create(redisUrl.strip()), keyPrefix, redisTimeout, reconnectEvery, nearTtl, maxEntries);
    }

    private static void positive(String key, Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(key + " must be longer than 0, not " + duration);
        }
    }
}
