package org.fedoraproject.fmn.cache;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one scope holds, as {@code fmn cache info} shows it: how many entries, how many of them
 * stale, and when the oldest and the newest were stored.
 */
public record ScopeSummary(String scope, long entries, long stale, Instant oldest, Instant newest) {

    /** The entries' summaries by scope (in name order), judged at {@code now}. */
    public static Map<String, ScopeSummary> of(Collection<CacheEntry> entries, Instant now) {
        Map<String, ScopeSummary> byScope = new TreeMap<>();
        for (CacheEntry entry : entries) {
            String scope = entry.key().scope();
            ScopeSummary one = new ScopeSummary(scope, 1, entry.freshUntil().isAfter(now) ? 0 : 1, entry.storedAt(),
                    entry.storedAt());
            byScope.merge(scope, one, ScopeSummary::plus);
        }
        return byScope;
    }

    private ScopeSummary plus(ScopeSummary other) {
        return new ScopeSummary(scope, entries + other.entries, stale + other.stale,
                oldest.isBefore(other.oldest) ? oldest : other.oldest, newest.isAfter(other.newest) ? newest : other.newest);
    }
}
