package org.fedoraproject.fmn.cache;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How long entries are kept.
 *
 * @param ttls how long an entry of each scope is fresh; scopes not named get {@code defaultTtl}
 * @param defaultTtl how long an entry of any other scope is fresh
 * @param serveStaleFor how long after its TTL an entry is still served while one caller
 *        refreshes it; after that it is gone, and the next caller waits for the service
 * @param refreshLock how long one caller may hold the right to refresh an entry
 */
public record CachePolicy(Map<String, Duration> ttls, Duration defaultTtl, Duration serveStaleFor, Duration refreshLock) {

    public CachePolicy {
        ttls = Map.copyOf(ttls);
        ttls.forEach((scope, ttl) -> positive("ttl of " + scope, ttl));
        positive("defaultTtl", defaultTtl);
        Objects.requireNonNull(serveStaleFor, "serveStaleFor");
        if (serveStaleFor.isNegative()) {
            throw new IllegalArgumentException("serveStaleFor must be 0 or more, not " + serveStaleFor);
        }
        positive("refreshLock", refreshLock);
    }

    /** One TTL for every scope. */
    public static CachePolicy of(Duration ttl, Duration serveStaleFor, Duration refreshLock) {
        return new CachePolicy(Map.of(), ttl, serveStaleFor, refreshLock);
    }

    public Duration ttl(String scope) {
        return ttls.getOrDefault(scope, defaultTtl);
    }

    /** How long the store keeps an entry of that scope at all: its TTL, then served stale. */
    public Duration kept(String scope) {
        return ttl(scope).plus(serveStaleFor);
    }

    private static void positive(String what, Duration duration) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be longer than 0, not " + duration);
        }
    }
}
