package org.fedoraproject.fmn.bench;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.fedoraproject.fmn.cache.CachePolicy;
import org.fedoraproject.fmn.cache.ServiceCache;
import org.fedoraproject.fmn.cache.inprocess.InProcessCache;
import org.fedoraproject.fmn.cache.redis.RedisCache;
import org.fedoraproject.fmn.cache.redis.RedisSettings;
import org.fedoraproject.fmn.cache.services.CachingForge;
import org.fedoraproject.fmn.cache.services.Scopes;
import org.fedoraproject.fmn.forge.Owners;
import org.fedoraproject.fmn.rule.Artifact;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ownership lookups ({@code Forge.owners}) through the caching forge, one thread, for the
 * artifacts the workload's message stream names, in stream order, every one already cached:
 * <ul>
 * <li>{@code near}: Redis with each process's near-cache in front (its TTL longer than the run,
 * so every lookup is answered by the near-cache, as the consumer's hot lookups are);</li>
 * <li>{@code redis}: Redis without the near-cache: one GET on loopback per lookup;</li>
 * <li>{@code inprocess}: the embedded default's cache, for comparison.</li>
 * </ul>
 * Redis is {@code -Dfmn.bench.redis} (default {@code redis://127.0.0.1:6379}); the benchmark's
 * keys are under a prefix of their own, deleted at the end. An artifact dist-git does not have
 * is cached as such, as in production.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class OwnershipLookupBenchmark {

    @Param({"near", "redis", "inprocess"})
    public String cache;

    private ServiceCache store;
    private CachingForge forge;
    private List<Artifact> artifacts;
    private int next;
    private String prefix;

    @Setup(Level.Trial)
    public void fill() {
        Workload workload = Workload.load();
        artifacts = StreamArtifacts.of(workload.messages());
        CachePolicy policy = new CachePolicy(Scopes.DEFAULT_TTLS, Duration.ofHours(1), Duration.ofMinutes(10),
                Duration.ofMinutes(1));
        URI redis = URI.create(System.getProperty("fmn.bench.redis", "redis://127.0.0.1:6379"));
        prefix = "fmn-bench-" + UUID.randomUUID();
        store = switch (cache) {
            case "near" -> new RedisCache(new RedisSettings(redis, prefix, Duration.ofSeconds(2), Duration.ofSeconds(5),
                    Duration.ofHours(1), 100_000), policy, Clock.systemUTC(), System.getLogger(RedisCache.class.getName()));
            case "redis" -> new RedisCache(new RedisSettings(redis, prefix, Duration.ofSeconds(2), Duration.ofSeconds(5),
                    Duration.ZERO, 1), policy, Clock.systemUTC(), System.getLogger(RedisCache.class.getName()));
            default -> new InProcessCache(policy, Clock.systemUTC(), 100_000);
        };
        forge = new CachingForge(workload.forge(), store, Clock.systemUTC());
        artifacts.forEach(forge::owners); // every artifact cached once
        if (store instanceof RedisCache redisCache && redisCache.isDown()) {
            throw new IllegalStateException("Redis does not answer at " + redis + " (-Dfmn.bench.redis)");
        }
        System.out.printf("%n[ownership] %,d lookups in the stream, %,d entries cached%n", artifacts.size(),
                store.entries(null).size());
    }

    @TearDown(Level.Trial)
    public void clean() {
        store.close();
        if (store instanceof RedisCache) {
            LocalDistGit.deleteKeys(URI.create(System.getProperty("fmn.bench.redis", "redis://127.0.0.1:6379")), prefix);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Owners lookUpOwners() {
        Artifact artifact = artifacts.get(next);
        next = next + 1 == artifacts.size() ? 0 : next + 1;
        return forge.owners(artifact);
    }
}
