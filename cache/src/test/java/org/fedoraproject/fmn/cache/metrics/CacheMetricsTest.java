package org.fedoraproject.fmn.cache.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.fedoraproject.fmn.cache.CacheKey;
import org.fedoraproject.fmn.cache.CachePolicy;
import org.fedoraproject.fmn.cache.Lookups;
import org.fedoraproject.fmn.cache.TestClock;
import org.fedoraproject.fmn.cache.inprocess.InProcessCache;
import org.fedoraproject.fmn.cache.spring.CacheConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class CacheMetricsTest {

    private final TestClock clock = TestClock.now();
    private final InProcessCache cache = new InProcessCache(CachePolicy.of(Duration.ofMinutes(1), Duration.ofMinutes(1),
            Duration.ofSeconds(30)), clock, 100);
    private final MeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void lookupsRefreshesLoadsAndDropsAreCountedPerScope() {
        Lookups lookups = new Lookups(cache, clock);
        lookups.get(new CacheKey("access", "rpms/kernel"), text(), v -> Set.of(), () -> "kernel"); // before binding
        new CacheMetrics(cache).bindTo(registry);
        CacheKey mira = new CacheKey("person", "mira");
        lookups.get(mira, text(), v -> Set.of(), () -> "Mira");
        lookups.get(mira, text(), v -> Set.of(), () -> "Mira");
        clock.advance(Duration.ofSeconds(61));
        lookups.get(mira, text(), v -> Set.of(), () -> "Mira again");
        cache.drop(mira);

        assertThat(count("fmn.cache.lookups", "person", "hit")).isEqualTo(1);
        assertThat(count("fmn.cache.lookups", "person", "miss")).isEqualTo(1);
        assertThat(count("fmn.cache.lookups", "person", "stale")).isZero();
        assertThat(registry.get("fmn.cache.refreshes").tag("scope", "person").functionCounter().count()).isEqualTo(1);
        assertThat(registry.get("fmn.cache.loads").tag("scope", "person").functionCounter().count()).isEqualTo(2);
        assertThat(registry.get("fmn.cache.drops").tag("scope", "person").functionCounter().count()).isEqualTo(1);
        assertThat(count("fmn.cache.lookups", "access", "miss")).isEqualTo(1);
    }

    @Test
    void aSpringProgramGetsTheMetersAsAMeterBinder() {
        new ApplicationContextRunner().withUserConfiguration(CacheConfiguration.class)
                .run(started -> assertThat(started).getBean(MeterBinder.class).isInstanceOf(CacheMetrics.class));
    }

    private double count(String name, String scope, String result) {
        return registry.get(name).tag("scope", scope).tag("result", result).functionCounter().count();
    }

    private static org.fedoraproject.fmn.cache.Codec<String> text() {
        return new org.fedoraproject.fmn.cache.Codec<>() {
            @Override
            public String encode(String value) {
                return value;
            }

            @Override
            public String decode(String text) {
                return text;
            }
        };
    }
}
