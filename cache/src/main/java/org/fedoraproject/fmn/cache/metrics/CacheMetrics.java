package org.fedoraproject.fmn.cache.metrics;

import org.fedoraproject.fmn.cache.CacheEvent;
import org.fedoraproject.fmn.cache.CacheStatistics;
import org.fedoraproject.fmn.cache.ServiceCache;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The shared cache's meters, per scope, counting this process's lookups since it started:
 * <ul>
 * <li>{@code fmn.cache.lookups{scope, result}}: {@code result} is {@code hit} (a fresh answer),
 * {@code stale} (the previous answer, while someone refreshes it or after its refresh failed) or
 * {@code miss} (nothing kept: the service was asked);</li>
 * <li>{@code fmn.cache.refreshes{scope}}: stale answers this process refreshed;</li>
 * <li>{@code fmn.cache.loads{scope}}: calls to the service (misses and refreshes);</li>
 * <li>{@code fmn.cache.drops{scope}}: entries this process dropped (bus messages, administrators).</li>
 * </ul>
 * A scope's meters appear with its first lookup.
 */
public final class CacheMetrics implements MeterBinder {

    private final CacheStatistics statistics;

    public CacheMetrics(ServiceCache cache) {
        this.statistics = cache.statistics();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        statistics.eachScope(scope -> {
            lookups(registry, scope, CacheEvent.HIT);
            lookups(registry, scope, CacheEvent.STALE);
            lookups(registry, scope, CacheEvent.MISS);
            counter(registry, "fmn.cache.refreshes", scope, CacheEvent.REFRESH, "Stale cached answers this process refreshed");
            counter(registry, "fmn.cache.loads", scope, CacheEvent.LOAD, "Calls to the service behind the cache");
            counter(registry, "fmn.cache.drops", scope, CacheEvent.DROP, "Cached answers this process dropped");
        });
    }

    private void lookups(MeterRegistry registry, String scope, CacheEvent result) {
        FunctionCounter.builder("fmn.cache.lookups", statistics, s -> s.count(scope, result))
                .description("Lookups through the shared cache, by result")
                .tag("scope", scope)
                .tag("result", result.label())
                .register(registry);
    }

    private void counter(MeterRegistry registry, String name, String scope, CacheEvent event, String description) {
        FunctionCounter.builder(name, statistics, s -> s.count(scope, event))
                .description(description)
                .tag("scope", scope)
                .register(registry);
    }
}
