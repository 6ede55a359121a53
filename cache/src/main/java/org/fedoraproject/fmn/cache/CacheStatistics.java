package org.fedoraproject.fmn.cache;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * One process's counts of {@link CacheEvent}s per scope, since it started: what metrics report,
 * and what a Redis cache adds to the deployment's shared counts. Thread-safe and cheap to record.
 */
public final class CacheStatistics {

    private final Map<String, EnumMap<CacheEvent, LongAdder>> scopes = new ConcurrentHashMap<>();
    private final List<Consumer<String>> newScopeListeners = new CopyOnWriteArrayList<>();

    public void record(String scope, CacheEvent event) {
        counters(scope).get(event).increment();
    }

    public void record(String scope, CacheEvent event, long times) {
        if (times != 0) {
            counters(scope).get(event).add(times);
        }
    }

    /** How often the event happened in the scope so far. */
    public long count(String scope, CacheEvent event) {
        EnumMap<CacheEvent, LongAdder> counters = scopes.get(scope);
        return counters == null ? 0 : counters.get(event).sum();
    }

    /** The counts so far, by scope (in name order). */
    public Map<String, CacheCounts> snapshot() {
        Map<String, CacheCounts> snapshot = new TreeMap<>();
        scopes.forEach((scope, counters) -> {
            Map<CacheEvent, Long> counts = new EnumMap<>(CacheEvent.class);
            counters.forEach((event, adder) -> counts.put(event, adder.sum()));
            snapshot.put(scope, new CacheCounts(counts));
        });
        return snapshot;
    }

    /**
     * Calls {@code listener} with every scope counted so far, and with each scope when it is
     * first counted (metrics register its meters then).
     */
    public void eachScope(Consumer<String> listener) {
        newScopeListeners.add(listener);
        scopes.keySet().forEach(listener);
    }

    private EnumMap<CacheEvent, LongAdder> counters(String scope) {
        EnumMap<CacheEvent, LongAdder> counters = scopes.get(scope);
        if (counters != null) {
            return counters;
        }
        boolean[] created = {false};
        counters = scopes.computeIfAbsent(scope, s -> {
            EnumMap<CacheEvent, LongAdder> fresh = new EnumMap<>(CacheEvent.class);
            for (CacheEvent event : CacheEvent.values()) {
                fresh.put(event, new LongAdder());
            }
            created[0] = true;
            return fresh;
        });
        if (created[0]) {
            newScopeListeners.forEach(listener -> listener.accept(scope));
        }
        return counters;
    }
}
