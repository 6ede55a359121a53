package org.fedoraproject.fmn.cache;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reading through the cache: a fresh entry is served as it is; a stale one is refreshed by the
 * one caller that gets its {@link RefreshLock} while every other caller, here or in another
 * process, serves the previous value meanwhile; a missing one is loaded from the service by
 * whoever asks. A value loaded while an entry was dropped is answered but not kept, since it may
 * predate the change the drop was for. A refresh that fails serves the previous value (the
 * service's error is logged); a load that fails reaches the caller.
 */
public final class Lookups {

    private static final System.Logger LOG = System.getLogger(Lookups.class.getName());

    private final ServiceCache cache;
    private final Clock clock;

    public Lookups(ServiceCache cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * The answer for a key: from the cache, or from {@code load} (whose exceptions reach the
     * caller, and nothing is kept).
     *
     * @param tags the tags to keep a loaded answer under, from the answer itself
     */
    public <T> T get(CacheKey key, Codec<T> codec, Function<T, Set<String>> tags, Supplier<T> load) {
        Optional<CachedValue> kept = cache.get(key);
        Optional<T> previous = kept.flatMap(value -> decode(key, codec, value.value()));
        CacheStatistics statistics = cache.statistics();
        if (previous.isPresent() && kept.get().freshAt(clock.instant())) {
            statistics.record(key.scope(), CacheEvent.HIT);
            return previous.get();
        }
        if (previous.isEmpty()) {
            statistics.record(key.scope(), CacheEvent.MISS);
            return loadAndKeep(key, codec, tags, load);
        }
        Optional<RefreshLock> lock = cache.tryLock(key);
        if (lock.isEmpty()) {
            statistics.record(key.scope(), CacheEvent.STALE);
            return previous.get(); // another caller is refreshing it
        }
        try (RefreshLock held = lock.get()) {
            statistics.record(key.scope(), CacheEvent.REFRESH);
            return loadAndKeep(key, codec, tags, load);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, () -> "cannot refresh " + key + ", serving the previous answer: " + e.getMessage());
            statistics.record(key.scope(), CacheEvent.STALE);
            return previous.get();
        }
    }

    /**
     * Keeps a value obtained another way (a bulk source, at warm-up) unless the key already has
     * an answer, which is never replaced: it came from the service itself.
     *
     * @return whether it was kept
     */
    public <T> boolean keepIfAbsent(CacheKey key, Codec<T> codec, Set<String> tags, T value) {
        if (cache.get(key).isPresent()) {
            return false;
        }
        cache.put(key, codec.encode(value), tags);
        return true;
    }

    private <T> T loadAndKeep(CacheKey key, Codec<T> codec, Function<T, Set<String>> tags, Supplier<T> load) {
        cache.statistics().record(key.scope(), CacheEvent.LOAD);
        long drops = cache.drops();
        T value = load.get();
        if (cache.drops() == drops) {
            cache.put(key, codec.encode(value), tags.apply(value));
        }
        return value;
    }

    private static <T> Optional<T> decode(CacheKey key, Codec<T> codec, String text) {
        try {
            return Optional.of(codec.decode(text));
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "cannot read the cached " + key + ", asking again: " + e.getMessage());
            return Optional.empty();
        }
    }
}
