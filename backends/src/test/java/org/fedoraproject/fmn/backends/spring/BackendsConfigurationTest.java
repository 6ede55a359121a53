package org.fedoraproject.fmn.backends.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.fedoraproject.fmn.backends.fasjson.FasjsonDirectory;
import org.fedoraproject.fmn.backends.http.ClientSettings;
import org.fedoraproject.fmn.backends.pagure.PagureForge;
import org.fedoraproject.fmn.cache.ServiceCache;
import org.fedoraproject.fmn.cache.inprocess.InProcessCache;
import org.fedoraproject.fmn.cache.redis.RedisCache;
import org.fedoraproject.fmn.cache.services.CachingDirectory;
import org.fedoraproject.fmn.cache.services.CachingForge;
import org.fedoraproject.fmn.cache.services.CachingProjectCatalog;
import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.forge.Forge;
import org.fedoraproject.fmn.forge.ProjectCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class BackendsConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(BackendsConfiguration.class);

    @Test
    void withoutUrlsItMakesNothing() {
        context.withPropertyValues("fmn.fasjson.url=", "fmn.distgit.url=  ").run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started).doesNotHaveBean(Directory.class);
            assertThat(started).doesNotHaveBean(Forge.class);
            assertThat(started).doesNotHaveBean(ProjectCatalog.class);
        });
    }

    @Test
    void fasjsonsUrlMakesTheDirectory() {
        context.withPropertyValues("fmn.fasjson.url=https://fasjson.example.org/").run(started -> {
            assertThat(started).getBean(Directory.class).isInstanceOf(CachingDirectory.class);
            assertThat(started.getBean(FasjsonDirectory.class).api()).isEqualTo(URI.create("https://fasjson.example.org/v1"));
            assertThat(started).doesNotHaveBean(Forge.class);
        });
    }

    @Test
    void distgitsUrlMakesTheForgeAndTheCatalog() {
        context.withPropertyValues("fmn.distgit.url=https://src.example.org").run(started -> {
            assertThat(started).getBean(Forge.class).isInstanceOf(CachingForge.class);
            assertThat(started).getBean(ProjectCatalog.class).isInstanceOf(CachingProjectCatalog.class);
            assertThat(started.getBean(PagureForge.class).api()).isEqualTo(URI.create("https://src.example.org/api/0"));
            assertThat(started).doesNotHaveBean(Directory.class);
        });
    }

    @Test
    void theCacheIsInProcessByDefaultAndInRedisWhenItsUrlIsSet() {
        context.run(started -> assertThat(started).getBean(ServiceCache.class).isInstanceOf(InProcessCache.class));
        context.withPropertyValues("fmn.cache.redis-url=redis://127.0.0.1:1", "fmn.cache.ttl.person=5m")
                .run(started -> {
                    assertThat(started).getBean(ServiceCache.class).isInstanceOf(RedisCache.class);
                    assertThat(started.getBean(ServiceCache.class).policy().ttl("person")).isEqualTo(Duration.ofMinutes(5));
                    assertThat(started.getBean(ServiceCache.class).policy().ttl("access")).isEqualTo(Duration.ofHours(1));
                });
    }

    @Test
    void aTtlForNoScopeOrAUrlThatIsNoRedisUrlStopsTheStartNamingTheKey() {
        context.withPropertyValues("fmn.cache.ttl.persons=5m").run(started -> assertThat(started).getFailure()
                .rootCause().hasMessage("fmn.cache.ttl.persons names no cache scope; the scopes are person, members, search, "
                        + "access, projects"));
        context.withPropertyValues("fmn.cache.redis-url=http://redis:6379").run(started -> assertThat(started)
                .getFailure().rootCause().hasMessage("fmn.cache.redis-url must be a redis:// or rediss:// URL, not one starting with http:"));
    }

    @Test
    void timeoutsRetriesAndPagesHaveDefaultsAndCanBeSet() {
        context.run(started -> assertThat(started.getBean(BackendsProperties.class).settings())
                .isEqualTo(new ClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), 3, 1000)));
        context.withPropertyValues("fmn.backends.connect-timeout=2s", "fmn.backends.request-timeout=500ms",
                "fmn.backends.retries=0", "fmn.backends.max-pages=7")
                .run(started -> assertThat(started.getBean(BackendsProperties.class).settings())
                        .isEqualTo(new ClientSettings(Duration.ofSeconds(2), Duration.ofMillis(500), 0, 7)));
    }

    @Test
    void aUrlThatIsNoHttpUrlStopsTheStartNamingTheKey() {
        context.withPropertyValues("fmn.distgit.url=src.example.org").run(started -> assertThat(started).getFailure()
                .rootCause().hasMessageStartingWith("fmn.distgit.url must be an http or https URL"));
    }

    @Test
    void aWrongSettingStopsTheStartNamingTheKey() {
        context.withPropertyValues("fmn.backends.retries=-1").run(started -> assertThat(started).getFailure()
                .rootCause().hasMessage("fmn.backends.retries must be 0 or more, not -1"));
        context.withPropertyValues("fmn.backends.request-timeout=0s").run(started -> assertThat(started).getFailure()
                .rootCause().hasMessage("fmn.backends.request-timeout must be longer than 0, not PT0S"));
    }

    @Test
    void theConcurrencyLimitHasADefaultAndCanBeSet() {
        context.run(started -> assertThat(started.getBean(BackendsProperties.class).settings().maxConcurrent()).isEqualTo(8));
        context.withPropertyValues("fmn.backends.max-concurrent=2").run(started -> assertThat(started
                .getBean(BackendsProperties.class).settings().maxConcurrent()).isEqualTo(2));
        context.withPropertyValues("fmn.backends.max-concurrent=0").run(started -> assertThat(started).getFailure()
                .rootCause().hasMessage("fmn.backends.max-concurrent must be 1 or more, not 0"));
    }

    @Test
    void theWarmUpIsOffUnlessAskedForAndNeedsDistGit() {
        context.withPropertyValues("fmn.distgit.url=https://src.example.org")
                .run(started -> assertThat(started).doesNotHaveBean(WarmUpOnStart.class));
        context.withPropertyValues("fmn.backends.warm-up=true")
                .run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(WarmUpOnStart.class));
        context.withPropertyValues("fmn.distgit.url=https://src.example.org", "fmn.backends.warm-up=true")
                .run(started -> assertThat(started).hasSingleBean(WarmUpOnStart.class));
        context.withPropertyValues("fmn.backends.warm-up-namespaces=rpms,tests").run(started -> assertThat(started)
                .getFailure().rootCause().hasMessageStartingWith("fmn.backends.warm-up-namespaces: no dist-git namespace"));
    }

    @Test
    void eachServicesRequestsAndWaitingLookupsAreMetered() {
        context.withPropertyValues("fmn.fasjson.url=https://fasjson.example.org", "fmn.distgit.url=https://src.example.org")
                .run(started -> {
                    io.micrometer.core.instrument.MeterRegistry registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
                    started.getBean(BackendsMetrics.class).bindTo(registry);
                    assertThat(registry.get("fmn.backends.requests").tag("service", "FASJSON").functionCounter().count()).isZero();
                    assertThat(registry.get("fmn.backends.waiting").tag("service", "dist-git").gauge().value()).isZero();
                });
    }
}
