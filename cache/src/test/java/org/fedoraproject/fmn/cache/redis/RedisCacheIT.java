package org.fedoraproject.fmn.cache.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.fedoraproject.fmn.cache.CacheKey;
import org.fedoraproject.fmn.cache.CachedValue;
import org.fedoraproject.fmn.cache.Lookups;
import org.fedoraproject.fmn.cache.ServiceCacheContract;
import org.fedoraproject.fmn.cache.Tags;
import org.fedoraproject.fmn.cache.TestClock;
import org.fedoraproject.fmn.cache.services.CachingForge;
import org.fedoraproject.fmn.forge.InMemoryForge;
import org.fedoraproject.fmn.forge.ProjectAccess;
import org.fedoraproject.fmn.forge.Role;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.fedoraproject.fmn.testing.RecordingLogger;
import org.fedoraproject.fmn.testing.TcpProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What only the Redis cache does: its near-cache, drops heard across processes, and going on without Redis. */
class RedisCacheIT {

    private static final CacheKey MIRA = new CacheKey("person", "mira");
    private static final CacheKey OSKAR = new CacheKey("person", "oskar");

    private final TestClock clock = TestClock.now();
    private final RecordingLogger log = new RecordingLogger();
    private LocalRedis redis;

    @BeforeEach
    void redis() {
        redis = LocalRedis.orSkip();
    }

    @AfterEach
    void cleanUp() {
        redis.close();
    }

    @Test
    void aProcessServesItsNearCopyForTheNearTtlThenReadsRedisAgain() {
        RedisCache one = redis.open(ServiceCacheContract.POLICY, clock, log);
        RedisCache other = redis.open(ServiceCacheContract.POLICY, clock, log);
        one.put(MIRA, "Mira", Set.of());
        assertThat(other.get(MIRA)).map(CachedValue::value).contains("Mira");

        one.put(MIRA, "Mira B.", Set.of()); // a put is not announced: the other keeps its copy a while
        assertThat(other.get(MIRA)).map(CachedValue::value).contains("Mira");
        clock.advance(Duration.ofSeconds(6)); // past the near-cache's 5 s
        assertThat(other.get(MIRA)).map(CachedValue::value).contains("Mira B.");
    }

    @Test
    void aForgeReadingThroughOneProcessMovesItsGenerationWhenAnotherDropsWhatItAnsweredFrom() {
        Artifact kernel = new Artifact(ArtifactType.RPMS, "kernel");
        InMemoryForge distgit = new InMemoryForge(List.of(new ProjectAccess(kernel, Map.of(Role.OWNER, List.of("mira")), Map.of())));
        RedisCache consumer = redis.open(ServiceCacheContract.POLICY, clock, log);
        RedisCache other = redis.open(ServiceCacheContract.POLICY, clock, log);
        CachingForge forge = new CachingForge(distgit, consumer, clock);
        assertThat(forge.owners(kernel).users()).containsExactly("mira");
        long generation = forge.generation();
        distgit.put(new ProjectAccess(kernel, Map.of(Role.OWNER, List.of("oskar")), Map.of()));
        assertThat(forge.owners(kernel).users()).containsExactly("mira");

        other.dropTag(Tags.user("mira"));

        await().atMost(Duration.ofSeconds(5)).until(() -> forge.generation() != generation);
        assertThat(forge.owners(kernel).users()).containsExactly("oskar");
    }

    @Test
    void whenRedisIsCutLookupsGoToTheServiceAndTheOutageIsLoggedOnceThenItsEnd() throws IOException {
        try (TcpProxy proxy = new TcpProxy(LocalRedis.PORT)) {
            RedisCache cache = redis.open(redis.settings(proxy.port()), ServiceCacheContract.POLICY, clock, log);
            Lookups lookups = new Lookups(cache, clock);
            AtomicInteger asked = new AtomicInteger();
            assertThat(lookups.get(MIRA, ServiceCacheContract.TEXT, v -> Set.of(), () -> "Mira " + asked.incrementAndGet()))
                    .isEqualTo("Mira 1");
            assertThat(log.lines()).isEmpty();

            proxy.cut();
            for (int i = 2; i <= 6; i++) {
                assertThat(lookups.get(OSKAR, ServiceCacheContract.TEXT, v -> Set.of(), () -> "Oskar " + asked.incrementAndGet()))
                        .isEqualTo("Oskar " + i);
            }
            assertThat(log.at(Level.WARNING)).singleElement().asString()
                    .startsWith("WARNING The shared cache (Redis at redis://127.0.0.1:" + proxy.port() + ") does not answer: ")
                    .endsWith("; lookups go to the services until it is back");
            assertThat(cache.isDown()).isTrue();

            proxy.restore();
            await().atMost(Duration.ofSeconds(20)).until(() -> cache.get(MIRA).isPresent());
            assertThat(log.at(Level.INFO)).containsExactly("INFO The shared cache (Redis at redis://127.0.0.1:" + proxy.port()
                    + ") answers again");
            assertThat(log.at(Level.WARNING)).hasSize(1);
            assertThat(cache.isDown()).isFalse();
        }
    }

    @Test
    void aProcessThatCannotReachRedisAtAllGoesToTheServiceAndLogsItOnce() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        RedisCache cache = redis.open(redis.settings(closed), ServiceCacheContract.POLICY, clock, log);
        Lookups lookups = new Lookups(cache, clock);
        AtomicInteger asked = new AtomicInteger();
        for (int i = 1; i <= 5; i++) {
            assertThat(lookups.get(MIRA, ServiceCacheContract.TEXT, v -> Set.of(), () -> "Mira " + asked.incrementAndGet()))
                    .isEqualTo("Mira " + i);
        }
        cache.drop(MIRA);
        cache.dropTag("user:mira");
        assertThat(cache.tryLock(MIRA)).isPresent(); // nobody to coordinate with: everyone may refresh
        assertThat(log.at(Level.WARNING)).hasSize(1);
        assertThat(log.lines()).hasSize(1);
    }
}
