package org.fedoraproject.fmn.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * What every {@link ServiceCache} does, run against the in-process cache and against Redis.
 * A test may open several processes on one shared store; for the in-process cache they are one.
 */
public interface ServiceCacheContract {

    /** Scope {@code person} is fresh for a minute, every other for ten; stale for a minute more. */
    CachePolicy POLICY = new CachePolicy(Map.of("person", Duration.ofMinutes(1)), Duration.ofMinutes(10),
            Duration.ofMinutes(1), Duration.ofSeconds(30));

    Codec<String> TEXT = new Codec<>() {
        @Override
        public String encode(String value) {
            return value;
        }

        @Override
        public String decode(String text) {
            return text;
        }
    };

    Function<String, Set<String>> NO_TAGS = value -> Set.of();

    /** The clock every process of the test reads. */
    TestClock clock();

    /** One more process on the test's shared store, with {@link #POLICY} and {@link #clock()}. */
    ServiceCache process();

    CacheKey MIRA = new CacheKey("person", "mira");
    CacheKey OSKAR = new CacheKey("person", "oskar");
    CacheKey KERNEL = new CacheKey("access", "rpms/kernel");

    @Test
    default void aPutValueIsServedFreshForItsScopesTtlThenStaleThenNotAtAll() {
        ServiceCache cache = process();
        cache.put(MIRA, "Mira", Set.of());
        assertThat(cache.get(MIRA)).map(CachedValue::value).contains("Mira");
        assertThat(cache.get(MIRA).orElseThrow().freshAt(clock().instant())).isTrue();

        clock().advance(Duration.ofSeconds(61));
        assertThat(cache.get(MIRA)).map(CachedValue::value).contains("Mira");
        assertThat(cache.get(MIRA).orElseThrow().freshAt(clock().instant())).isFalse();

        clock().advance(Duration.ofMinutes(1));
        assertThat(cache.get(MIRA)).isEmpty();
    }

    @Test
    default void eachScopeHasItsOwnTtl() {
        ServiceCache cache = process();
        cache.put(MIRA, "Mira", Set.of());
        cache.put(KERNEL, "kernel", Set.of());
        clock().advance(Duration.ofMinutes(3));
        assertThat(cache.get(MIRA)).isEmpty();
        assertThat(cache.get(KERNEL).orElseThrow().freshAt(clock().instant())).isTrue();
    }

    @Test
    default void aPutIsSeenByAnotherProcessAndReplacesTheValue() {
        ServiceCache one = process();
        ServiceCache other = process();
        one.put(MIRA, "Mira", Set.of());
        assertThat(other.get(MIRA)).map(CachedValue::value).contains("Mira");
        other.put(OSKAR, "Oskar", Set.of());
        other.put(OSKAR, "Oskar B.", Set.of());
        assertThat(one.get(OSKAR)).map(CachedValue::value).contains("Oskar B.");
    }

    @Test
    default void droppingATagDropsEveryEntryPutWithItAndNoOther() {
        ServiceCache cache = process();
        cache.put(MIRA, "Mira", Set.of(Tags.user("mira")));
        cache.put(KERNEL, "kernel: mira, oskar", Set.of(Tags.user("mira"), Tags.user("oskar")));
        cache.put(OSKAR, "Oskar", Set.of(Tags.user("oskar")));

        cache.dropTag(Tags.user("mira"));

        assertThat(cache.get(MIRA)).isEmpty();
        assertThat(cache.get(KERNEL)).isEmpty();
        assertThat(cache.get(OSKAR)).map(CachedValue::value).contains("Oskar");
        cache.dropTag("user:nobody"); // a tag nothing was put with drops nothing
        assertThat(cache.get(OSKAR)).isPresent();
    }

    @Test
    default void aDropIsSeenByAnotherProcessThatHadReadTheEntry() {
        ServiceCache one = process();
        ServiceCache other = process();
        one.put(MIRA, "Mira", Set.of(Tags.user("mira")));
        one.put(KERNEL, "kernel", Set.of(Tags.artifact(new org.fedoraproject.fmn.rule.Artifact(
                org.fedoraproject.fmn.rule.ArtifactType.RPMS, "kernel"))));
        assertThat(other.get(MIRA)).isPresent(); // now in the other's near-cache, if it has one
        assertThat(other.get(KERNEL)).isPresent();
        long dropsSeen = other.drops();

        one.drop(KERNEL);
        one.dropTag(Tags.user("mira"));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(other.get(KERNEL)).isEmpty();
            assertThat(other.get(MIRA)).isEmpty();
            assertThat(other.drops()).isNotEqualTo(dropsSeen);
        });
    }

    @Test
    default void oneProcessRefreshesAStaleEntryWhileAnotherServesThePreviousValue() {
        ServiceCache one = process();
        ServiceCache other = process();
        Lookups byOne = new Lookups(one, clock());
        Lookups byOther = new Lookups(other, clock());
        one.put(MIRA, "Mira", Set.of());
        assertThat(other.get(MIRA)).isPresent();
        clock().advance(Duration.ofSeconds(90)); // stale, still kept

        AtomicInteger otherLoads = new AtomicInteger();
        String[] servedMeanwhile = new String[1];
        String refreshed = byOne.get(MIRA, TEXT, NO_TAGS, () -> {
            // while one refreshes, the other asks: it serves the previous value, not the service
            servedMeanwhile[0] = byOther.get(MIRA, TEXT, NO_TAGS, () -> {
                otherLoads.incrementAndGet();
                return "Mira (other)";
            });
            return "Mira (refreshed)";
        });

        assertThat(refreshed).isEqualTo("Mira (refreshed)");
        assertThat(servedMeanwhile[0]).isEqualTo("Mira");
        assertThat(otherLoads).hasValue(0);
        assertThat(byOther.get(MIRA, TEXT, NO_TAGS, () -> "Mira (other)")).isEqualTo("Mira (refreshed)");
    }

    @Test
    default void manyCallersOfTwoProcessesAskingForAStaleEntryAtOnceMakeOneRefresh() throws Exception {
        List<Lookups> processes = List.of(new Lookups(process(), clock()), new Lookups(process(), clock()));
        process().put(MIRA, "Mira", Set.of());
        clock().advance(Duration.ofSeconds(90));
        int callers = 8;
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch othersServed = new CountDownLatch(callers - 1);
        List<Future<String>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                Lookups lookups = processes.get(i % 2);
                answers.add(threads.submit(() -> {
                    String answer = lookups.get(MIRA, TEXT, NO_TAGS, () -> {
                        loads.incrementAndGet();
                        try { // the refresh lasts until every other caller was served
                            othersServed.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return "Mira (refreshed)";
                    });
                    if (answer.equals("Mira")) {
                        othersServed.countDown();
                    }
                    return answer;
                }));
            }
            List<String> served = new ArrayList<>();
            for (Future<String> answer : answers) {
                served.add(answer.get(20, TimeUnit.SECONDS));
            }
            assertThat(loads).hasValue(1);
            assertThat(served).containsOnlyOnce("Mira (refreshed)").filteredOn("Mira"::equals).hasSize(callers - 1);
        }
    }

    @Test
    default void theRefreshLockIsHeldByOneCallerUntilItIsGivenUp() {
        ServiceCache one = process();
        ServiceCache other = process();
        Optional<RefreshLock> held = one.tryLock(MIRA);
        assertThat(held).isPresent();
        assertThat(other.tryLock(MIRA)).isEmpty();
        assertThat(one.tryLock(MIRA)).isEmpty();
        assertThat(other.tryLock(OSKAR)).isPresent().get().satisfies(RefreshLock::close);

        held.get().close();
        Optional<RefreshLock> next = other.tryLock(MIRA);
        assertThat(next).isPresent();
        held.get().close(); // closing a lock given up does not free the next holder's
        assertThat(one.tryLock(MIRA)).isEmpty();
        next.get().close();
    }

    @Test
    default void aMissingEntryIsLoadedOnceAndThenServedFromTheCache() {
        Lookups lookups = new Lookups(process(), clock());
        AtomicInteger loads = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertThat(lookups.get(MIRA, TEXT, NO_TAGS, () -> "Mira " + loads.incrementAndGet())).isEqualTo("Mira 1");
        }
        Lookups elsewhere = new Lookups(process(), clock());
        assertThat(elsewhere.get(MIRA, TEXT, NO_TAGS, () -> "Mira " + loads.incrementAndGet())).isEqualTo("Mira 1");
        assertThat(loads).hasValue(1);
    }

    @Test
    default void aValueLoadedWhileAnEntryWasDroppedIsAnsweredButNotKept() {
        ServiceCache cache = process();
        Lookups lookups = new Lookups(cache, clock());
        String answer = lookups.get(MIRA, TEXT, NO_TAGS, () -> {
            cache.dropTag(Tags.user("mira")); // the account changed while it was being read
            return "Mira (before the change)";
        });
        assertThat(answer).isEqualTo("Mira (before the change)");
        assertThat(cache.get(MIRA)).isEmpty();
    }

    @Test
    default void anEntryThatCannotBeReadIsLoadedAgain() {
        ServiceCache cache = process();
        cache.put(KERNEL, "not a number", Set.of());
        Codec<Integer> numbers = new Codec<>() {
            @Override
            public String encode(Integer value) {
                return value.toString();
            }

            @Override
            public Integer decode(String text) {
                return Integer.valueOf(text);
            }
        };
        assertThat(new Lookups(cache, clock()).get(KERNEL, numbers, n -> Set.of(), () -> 7)).isEqualTo(7);
        assertThat(cache.get(KERNEL)).map(CachedValue::value).contains("7");
    }

    @Test
    default void aFailedRefreshServesThePreviousValue() {
        ServiceCache cache = process();
        Lookups lookups = new Lookups(cache, clock());
        cache.put(MIRA, "Mira", Set.of());
        clock().advance(Duration.ofSeconds(90));
        assertThat(lookups.get(MIRA, TEXT, NO_TAGS, () -> {
            throw new IllegalStateException("FASJSON answered 503");
        })).isEqualTo("Mira");
        assertThat(cache.tryLock(MIRA)).isPresent(); // and the lock was given up
    }

    @Test
    default void idsAndTagsMayHoldColonsAndSlashes() {
        ServiceCache cache = process();
        CacheKey odd = new CacheKey("projects", "match:python-*/x");
        cache.put(odd, "[]", Set.of("group:a:b"));
        assertThat(cache.get(odd)).map(CachedValue::value).contains("[]");
        cache.dropTag("group:a:b");
        assertThat(cache.get(odd)).isEmpty();
    }

    @Test
    default void everyKeptEntryIsListedWithItsScopeAndWhenItWasStoredUntilItIsGone() {
        ServiceCache cache = process();
        java.time.Instant first = clock().instant();
        cache.put(MIRA, "Mira", Set.of());
        clock().advance(Duration.ofSeconds(10));
        cache.put(KERNEL, "kernel", Set.of());

        ServiceCache elsewhere = process();
        assertThat(elsewhere.entries(null)).extracting(CacheEntry::key).containsExactlyInAnyOrder(MIRA, KERNEL);
        assertThat(elsewhere.entries("person")).singleElement().satisfies(entry -> {
            assertThat(entry.key()).isEqualTo(MIRA);
            assertThat(entry.storedAt().toEpochMilli()).isEqualTo(first.toEpochMilli());
            assertThat(entry.freshUntil().toEpochMilli()).isEqualTo(first.plus(Duration.ofMinutes(1)).toEpochMilli());
        });
        assertThat(elsewhere.entries("search")).isEmpty();

        clock().advance(Duration.ofMinutes(2)); // mira's entry is past its end
        assertThat(elsewhere.entries(null)).extracting(CacheEntry::key).containsExactly(KERNEL);
    }

    @Test
    default void theKeysUnderATagAreThoseStillKept() {
        ServiceCache cache = process();
        cache.put(MIRA, "Mira", Set.of(Tags.user("mira")));
        cache.put(KERNEL, "kernel: mira", Set.of(Tags.user("mira"), "artifact:rpms/kernel"));
        assertThat(process().tagged(Tags.user("mira"))).containsExactlyInAnyOrder(MIRA, KERNEL);

        cache.drop(KERNEL);
        assertThat(process().tagged(Tags.user("mira"))).containsExactly(MIRA);
        assertThat(cache.tagged("user:nobody")).isEmpty();
    }

    @Test
    default void manyEntriesAreDroppedAtOnceInEveryProcessAndTheKeptOnesCounted() {
        ServiceCache one = process();
        ServiceCache other = process();
        one.put(MIRA, "Mira", Set.of());
        one.put(KERNEL, "kernel", Set.of());
        one.put(OSKAR, "Oskar", Set.of());
        assertThat(other.get(MIRA)).isPresent();

        assertThat(one.drop(List.of(MIRA, KERNEL, new CacheKey("person", "nobody")))).isEqualTo(2);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(other.get(MIRA)).isEmpty());
        assertThat(other.get(KERNEL)).isEmpty();
        assertThat(other.get(OSKAR)).isPresent();
    }

    @Test
    default void lookupsAreCountedPerScopeAndEveryProcesssCountsAddUp() {
        ServiceCache one = process();
        ServiceCache other = process();
        Lookups byOne = new Lookups(one, clock());
        byOne.get(MIRA, TEXT, NO_TAGS, () -> "Mira"); // miss, load
        byOne.get(MIRA, TEXT, NO_TAGS, () -> "Mira"); // hit
        clock().advance(Duration.ofSeconds(90));
        byOne.get(MIRA, TEXT, NO_TAGS, () -> "Mira (refreshed)"); // refresh, load
        new Lookups(other, clock()).get(MIRA, TEXT, NO_TAGS, () -> "Mira (other)"); // hit, elsewhere
        one.drop(MIRA);

        assertThat(one.statistics().count("person", CacheEvent.MISS)).isEqualTo(1);
        assertThat(one.statistics().count("person", CacheEvent.REFRESH)).isEqualTo(1);
        assertThat(one.statistics().count("person", CacheEvent.LOAD)).isEqualTo(2);
        assertThat(one.statistics().count("person", CacheEvent.DROP)).isEqualTo(1);
        assertThat(one.statistics().count("access", CacheEvent.MISS)).isZero();

        other.sharedCounts(); // publishes the other process's counts
        CacheCounts person = one.sharedCounts().get("person");
        assertThat(person.of(CacheEvent.HIT)).isEqualTo(2);
        assertThat(person.of(CacheEvent.MISS)).isEqualTo(1);
        assertThat(person.of(CacheEvent.LOAD)).isEqualTo(2);
        assertThat(person.of(CacheEvent.DROP)).isEqualTo(1);
        assertThat(person.hitRate()).isEqualTo(2.0 / 3);
    }
}
