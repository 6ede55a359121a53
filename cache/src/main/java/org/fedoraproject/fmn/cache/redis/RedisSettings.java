package org.fedoraproject.fmn.cache.redis;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link RedisCache} reaches Redis.
 *
 * @param url {@code redis://host:port/db}, or {@code rediss://} for TLS; a password as
 *        {@code redis://:secret@host}
 * @param prefix what every key and the invalidation channel of this deployment start with, so
 *        that deployments (and test runs) can share one Redis
 * @param timeout how long one command, and connecting, may take before the cache gives up on it
 *        and the caller goes to the service
 * @param reconnectEvery how often a cache that could not connect at all tries again (one that
 *        lost its connection is reconnected by the client at once, and then with growing waits)
 * @param nearTtl how long each process keeps its own copy of an entry it read (0: no near-cache)
 * @param nearMaxEntries how many entries each process's near-cache holds at most
 */
public record RedisSettings(URI url, String prefix, Duration timeout, Duration reconnectEvery, Duration nearTtl,
        long nearMaxEntries) {

    public RedisSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(reconnectEvery, "reconnectEvery");
        Objects.requireNonNull(nearTtl, "nearTtl");
        if (nearTtl.isNegative()) {
            throw new IllegalArgumentException("nearTtl must be 0 or more, not " + nearTtl);
        }
    }

    /** The URL to print: without its password. */
    public String safeUrl() {
        String userInfo = url.getRawUserInfo();
        return userInfo == null ? url.toString() : url.toString().replace(userInfo + "@", "<secret>@");
    }
}
