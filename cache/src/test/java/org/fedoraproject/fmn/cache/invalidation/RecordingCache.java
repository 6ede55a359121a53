package org.fedoraproject.fmn.cache.invalidation;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fedoraproject.fmn.cache.CacheCounts;
import org.fedoraproject.fmn.cache.CacheEntry;
import org.fedoraproject.fmn.cache.CacheKey;
import org.fedoraproject.fmn.cache.CacheStatistics;
import org.fedoraproject.fmn.cache.CachePolicy;
import org.fedoraproject.fmn.cache.CachedValue;
import org.fedoraproject.fmn.cache.RefreshLock;
import org.fedoraproject.fmn.cache.ServiceCache;
import org.fedoraproject.fmn.cache.inprocess.InProcessCache;
import org.fedoraproject.fmn.cache.services.Scopes;

/** An in-process cache that records the tags dropped from it. */
final class RecordingCache implements ServiceCache {

    final List<String> droppedTags = new CopyOnWriteArrayList<>();
    private final InProcessCache cache;

    RecordingCache(Clock clock) {
        this.cache = new InProcessCache(new CachePolicy(Scopes.DEFAULT_TTLS, Duration.ofHours(1), Duration.ofMinutes(10),
                Duration.ofMinutes(1)), clock, 1_000);
    }

    @Override
    public Optional<CachedValue> get(CacheKey key) {
        return cache.get(key);
    }

    @Override
    public void put(CacheKey key, String value, Set<String> tags) {
        cache.put(key, value, tags);
    }

    @Override
    public void drop(CacheKey key) {
        cache.drop(key);
    }

    @Override
    public void dropTag(String tag) {
        droppedTags.add(tag);
        cache.dropTag(tag);
    }

    @Override
    public Optional<RefreshLock> tryLock(CacheKey key) {
        return cache.tryLock(key);
    }

    @Override
    public long drops() {
        return cache.drops();
    }

    @Override
    public long drop(Collection<CacheKey> keys) {
        return cache.drop(keys);
    }

    @Override
    public List<CacheEntry> entries(String scope) {
        return cache.entries(scope);
    }

    @Override
    public Set<CacheKey> tagged(String tag) {
        return cache.tagged(tag);
    }

    @Override
    public CacheStatistics statistics() {
        return cache.statistics();
    }

    @Override
    public Map<String, CacheCounts> sharedCounts() {
        return cache.sharedCounts();
    }

    @Override
    public CachePolicy policy() {
        return cache.policy();
    }

    @Override
    public void close() {
        cache.close();
    }
}
