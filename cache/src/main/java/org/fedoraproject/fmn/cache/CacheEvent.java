package org.fedoraproject.fmn.cache;

import java.util.Locale;

/** What happened to one lookup or entry, as the cache counts it per scope ({@link CacheStatistics}). */
public enum CacheEvent {
    /** A fresh entry was served. */
    HIT,
    /** A stale entry was served: someone else was refreshing it, or its refresh failed. */
    STALE,
    /** There was no entry: the caller asked the service. */
    MISS,
    /** A stale entry was refreshed from the service by this caller. */
    REFRESH,
    /** The service was asked (a miss or a refresh), whether it answered or not. */
    LOAD,
    /** An entry was dropped: by a bus message, a tag, or an administrator. */
    DROP;

    /** The event's name in metrics and in {@code fmn cache info}: {@code hit}, {@code stale}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
