package org.fedoraproject.fmn.cache;

import java.time.Instant;
import java.util.Objects;

/**
 * A kept answer and until when it is fresh. Past that, the cache still holds it for a while
 * ({@link CachePolicy#serveStaleFor()}) so that callers can serve it while one of them
 * refreshes it.
 */
public record CachedValue(String value, Instant freshUntil) {

    public CachedValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(freshUntil, "freshUntil");
    }

    public boolean freshAt(Instant now) {
        return now.isBefore(freshUntil);
    }
}
