package org.fedoraproject.fmn.cache.inprocess;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.fedoraproject.fmn.cache.CacheCounts;
import org.fedoraproject.fmn.cache.CacheEntry;
import org.fedoraproject.fmn.cache.CacheEvent;
import org.fedoraproject.fmn.cache.CacheKey;
import org.fedoraproject.fmn.cache.CachePolicy;
import org.fedoraproject.fmn.cache.CachedValue;
import org.fedoraproject.fmn.cache.RefreshLock;
import org.fedoraproject.fmn.cache.CacheStatistics;
import org.fedoraproject.fmn.cache.ServiceCache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.RemovalCause;

/**
 * The cache of the embedded default, where every component runs in one process: entries in
 * Caffeine, bounded in number (the least used go first), each kept for its scope's TTL and then
 * served stale for {@link CachePolicy#serveStaleFor()}, on the given clock. Being in one process,
 * it is its own near-cache and every drop is seen at once.
 */
public final class InProcessCache implements ServiceCache {

    private record Entry(CachedValue value, Instant goneAt, Set<String> tags) {
    }

    /** One holding of a refresh lock; compared by identity, so that a lapsed one frees nobody else's. */
    private static final class Hold {
        final Instant until;

        Hold(Instant until) {
            this.until = until;
        }
    }

    private final CachePolicy policy;
    private final Clock clock;
    private final Cache<CacheKey, Entry> entries;
    private final ConcurrentHashMap<String, Set<CacheKey>> tagged = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<CacheKey, Hold> locks = new ConcurrentHashMap<>();
    private final AtomicLong drops = new AtomicLong();
    private final CacheStatistics statistics = new CacheStatistics();

    public InProcessCache(CachePolicy policy, Clock clock, long maxEntries) {
        this.policy = policy;
        this.clock = clock;
        this.entries = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfter(Expiry.<CacheKey, Entry>writing((key, entry) ->
                        Duration.between(clock.instant(), entry.goneAt())))
                .executor(Runnable::run)
                .removalListener((CacheKey key, Entry entry, RemovalCause cause) -> {
                    if (key != null && entry != null && cause != RemovalCause.REPLACED) {
                        untag(key, entry);
                    }
                })
                .build();
    }

    @Override
    public Optional<CachedValue> get(CacheKey key) {
        Entry entry = entries.getIfPresent(key);
        if (entry == null || !clock.instant().isBefore(entry.goneAt())) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    @Override
    public void put(CacheKey key, String value, Set<String> tags) {
        Instant now = clock.instant();
        Entry entry = new Entry(new CachedValue(value, now.plus(policy.ttl(key.scope()))), now.plus(policy.kept(key.scope())),
                Set.copyOf(tags));
        for (String tag : entry.tags()) {
            tagged.computeIfAbsent(tag, t -> ConcurrentHashMap.newKeySet()).add(key);
        }
        entries.put(key, entry);
    }

    @Override
    public void drop(CacheKey key) {
        drop(List.of(key));
    }

    @Override
    public void dropTag(String tag) {
        Set<CacheKey> keys = tagged.remove(tag);
        drop(keys == null ? List.of() : keys);
    }

    @Override
    public long drop(Collection<CacheKey> keys) {
        long kept = 0;
        for (CacheKey key : keys) {
            if (entries.asMap().remove(key) != null) {
                statistics.record(key.scope(), CacheEvent.DROP);
                kept++;
            }
        }
        drops.incrementAndGet();
        return kept;
    }

    @Override
    public List<CacheEntry> entries(String scope) {
        Instant now = clock.instant();
        List<CacheEntry> found = new ArrayList<>();
        entries.asMap().forEach((key, entry) -> {
            if ((scope == null || scope.equals(key.scope())) && now.isBefore(entry.goneAt())) {
                found.add(new CacheEntry(key, entry.goneAt().minus(policy.kept(key.scope())), entry.value().freshUntil(),
                        entry.goneAt()));
            }
        });
        return found;
    }

    @Override
    public Set<CacheKey> tagged(String tag) {
        Set<CacheKey> keys = tagged.get(tag);
        return keys == null ? Set.of() : Set.copyOf(keys);
    }

    @Override
    public CacheStatistics statistics() {
        return statistics;
    }

    @Override
    public Map<String, CacheCounts> sharedCounts() {
        return statistics.snapshot();
    }

    @Override
    public Optional<RefreshLock> tryLock(CacheKey key) {
        Instant now = clock.instant();
        Hold hold = new Hold(now.plus(policy.refreshLock()));
        Hold current = locks.compute(key, (k, held) -> held != null && now.isBefore(held.until) ? held : hold);
        if (current != hold) {
            return Optional.empty();
        }
        return Optional.of(() -> locks.remove(key, hold));
    }

    @Override
    public long drops() {
        return drops.get();
    }

    @Override
    public CachePolicy policy() {
        return policy;
    }

    /** How many entries are kept (for tests and metrics; may count entries about to expire). */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    @Override
    public void close() {
        entries.invalidateAll();
        tagged.clear();
        locks.clear();
    }

    private void untag(CacheKey key, Entry entry) {
        for (String tag : entry.tags()) {
            tagged.computeIfPresent(tag, (t, keys) -> {
                keys.remove(key);
                return keys.isEmpty() ? null : keys;
            });
        }
    }
}
