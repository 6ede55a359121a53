package org.fedoraproject.fmn.cache;

import java.time.Instant;

/**
 * One kept answer as {@code fmn cache info} sees it: its key, when it was stored (its scope's
 * TTL before it stops being fresh), until when it is fresh and when it is gone.
 */
public record CacheEntry(CacheKey key, Instant storedAt, Instant freshUntil, Instant goneAt) {

    /** The entry of a store that keeps when it is fresh and gone, its storing time derived from the policy. */
    public static CacheEntry of(CacheKey key, Instant freshUntil, Instant goneAt, CachePolicy policy) {
        return new CacheEntry(key, freshUntil.minus(policy.ttl(key.scope())), freshUntil, goneAt);
    }
}
