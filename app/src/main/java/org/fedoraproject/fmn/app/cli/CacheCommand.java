package org.fedoraproject.fmn.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fedoraproject.fmn.backends.fasjson.FasjsonDirectory;
import org.fedoraproject.fmn.backends.http.ClientSettings;
import org.fedoraproject.fmn.backends.http.Uris;
import org.fedoraproject.fmn.backends.pagure.PagureForge;
import org.fedoraproject.fmn.cache.CacheCounts;
import org.fedoraproject.fmn.cache.CacheEntry;
import org.fedoraproject.fmn.cache.CacheEvent;
import org.fedoraproject.fmn.cache.CacheKey;
import org.fedoraproject.fmn.cache.ScopeSummary;
import org.fedoraproject.fmn.cache.Tags;
import org.fedoraproject.fmn.cache.redis.RedisCache;
import org.fedoraproject.fmn.cache.services.CacheRefresh;
import org.fedoraproject.fmn.cache.services.Scopes;
import org.fedoraproject.fmn.cache.spring.CacheProperties;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fmn cache info}, {@code refresh} and {@code delete}: what the shared cache in Redis
 * holds and how lookups fare, reloading answers from the services, and dropping them, without
 * stopping FMN. Every process sharing the cache sees a refresh or a drop at once.
 */
@Command(name = "cache",
        mixinStandardHelpOptions = true,
        description = {"Shows, refreshes and drops what FMN's shared cache holds.",
                "",
                "The cache is the Redis of fmn.cache.redis-url (--redis-url, or $FMN_CACHE_REDIS_URL).",
                "Without it, each FMN process keeps its own cache in memory: there is nothing shared",
                "to inspect, and its meters are on /actuator/prometheus."},
        subcommands = {CacheCommand.Info.class, CacheCommand.Refresh.class, CacheCommand.Delete.class})
public final class CacheCommand {

    /** Exit status: done. */
    static final int DONE = 0;
    /** Exit status: the cache is in process; there is nothing shared to work on. */
    static final int NOTHING_SHARED = 1;
    /** Exit status: Redis cannot be reached, or an option is wrong. */
    static final int FAILED = 2;

    /** Which cache: the same keys as the services' {@code fmn.cache.*}, also from the environment. */
    static final class CacheOptions {

        @Option(names = "--redis-url", paramLabel = "URL", defaultValue = "${env:FMN_CACHE_REDIS_URL}",
                description = "the shared cache, e.g. redis://cache.example.org:6379/0 (default: $FMN_CACHE_REDIS_URL)")
        String redisUrl;

        @Option(names = "--key-prefix", paramLabel = "PREFIX", defaultValue = "${env:FMN_CACHE_KEY_PREFIX:-fmn}",
                description = "what the deployment's keys start with (default: $FMN_CACHE_KEY_PREFIX, else fmn)")
        String keyPrefix;

        /** The cache, or empty (after saying why) when there is no shared one. */
        Optional<RedisCache> open(CommandSpec spec) {
            if (redisUrl == null || redisUrl.isBlank()) {
                spec.commandLine().getOut().println("The cache is in process (fmn.cache.redis-url is not set): each FMN process"
                        + " keeps its own, and there is nothing shared to inspect. Its meters are on /actuator/prometheus.");
                spec.commandLine().getOut().flush();
                return Optional.empty();
            }
            CacheProperties properties = new CacheProperties(redisUrl, keyPrefix, Map.of(), Duration.ofMinutes(10),
                    Duration.ofMinutes(1), Duration.ZERO, 1_000, Duration.ofSeconds(5), Duration.ofSeconds(10));
            return Optional.of(new RedisCache(properties.redis(), properties.policy(), Clock.systemUTC(),
                    System.getLogger(RedisCache.class.getName())));
        }

        String describe() {
            return new CacheProperties(redisUrl, keyPrefix, Map.of(), Duration.ofMinutes(10), Duration.ofMinutes(1),
                    Duration.ZERO, 1_000, Duration.ofSeconds(5), Duration.ofSeconds(10)).redis().safeUrl()
                    + ", keys under " + keyPrefix + ":";
        }
    }

    /** Which entries: exactly one of these. */
    static final class Selection {

        @Option(names = "--all", required = true, description = "every entry")
        boolean all;

        @Option(names = "--scope", paramLabel = "SCOPE", required = true,
                description = "every entry of a scope: person, members, search, access, projects")
        String scope;

        @Option(names = "--key", paramLabel = "SCOPE:ID", required = true,
                description = "one entry, e.g. access:rpms/kernel or person:mira (repeatable)")
        List<String> keys;

        @Option(names = "--user", paramLabel = "USER", required = true,
                description = "every entry about or naming an account: it, its projects, access lists it is on (repeatable)")
        List<String> users;

        @Option(names = "--group", paramLabel = "GROUP", required = true,
                description = "every entry about or naming a group (repeatable)")
        List<String> groups;

        @Option(names = "--artifact", paramLabel = "NAMESPACE/NAME", required = true,
                description = "a dist-git project's entries, e.g. rpms/kernel (repeatable)")
        List<String> artifacts;

        @Option(names = "--tag", paramLabel = "TAG", required = true,
                description = "every entry kept under a tag, e.g. user:mira (repeatable)")
        List<String> tags;

        /** The keys of the kept entries selected. */
        Set<CacheKey> keys(RedisCache cache) {
            if (all || scope != null) {
                if (scope != null && !Scopes.DEFAULT_TTLS.containsKey(scope)) {
                    throw new IllegalArgumentException("no cache scope is called " + scope + "; the scopes are "
                            + String.join(", ", Scopes.DEFAULT_TTLS.keySet()));
                }
                Set<CacheKey> found = new LinkedHashSet<>();
                cache.entries(scope).forEach(entry -> found.add(entry.key()));
                return found;
            }
            if (keys != null) {
                Set<CacheKey> found = new LinkedHashSet<>();
                keys.forEach(key -> found.add(CacheKey.parse(key)));
                return found;
            }
            List<String> selected = new ArrayList<>();
            if (users != null) {
                users.forEach(user -> selected.add(Tags.user(user)));
            }
            if (groups != null) {
                groups.forEach(group -> selected.add(Tags.group(group)));
            }
            if (artifacts != null) {
                for (String artifact : artifacts) {
                    selected.add(Tags.artifact(CacheRefresh.artifact(artifact).orElseThrow(() ->
                            new IllegalArgumentException("not a dist-git project: " + artifact
                                    + " (namespace/name, e.g. rpms/kernel)"))));
                }
            }
            if (tags != null) {
                selected.addAll(tags);
            }
            Set<CacheKey> found = new LinkedHashSet<>();
            selected.forEach(tag -> found.addAll(cache.tagged(tag)));
            return found;
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = {"Shows what the shared cache holds per scope: entries, how many are stale,",
                    "the age of the oldest and the newest, and how lookups fared since the counts",
                    "began (every process adds its own every 10 s): hits (fresh), stale answers,",
                    "misses, the hit rate, loads from the services and drops. Changes nothing."})
    static final class Info implements Callable<Integer> {

        @Mixin
        CacheOptions options;

        @Option(names = "--scope", paramLabel = "SCOPE", description = "only this scope")
        String scope;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Optional<RedisCache> opened;
            try {
                opened = options.open(spec);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("fmn cache info: " + e.getMessage());
                return FAILED;
            }
            if (opened.isEmpty()) {
                return NOTHING_SHARED;
            }
            try (RedisCache cache = opened.get()) {
                List<CacheEntry> entries = cache.entries(scope);
                Map<String, CacheCounts> counts = cache.sharedCounts();
                if (cache.isDown()) {
                    return unreachable(spec, options);
                }
                Instant now = Instant.now();
                Map<String, ScopeSummary> summaries = ScopeSummary.of(entries, now);
                out.println("cache: Redis at " + options.describe());
                out.printf(Locale.ROOT, "%-9s %8s %7s %9s %9s %10s %10s %8s %8s %10s %8s%n", "scope", "entries", "stale",
                        "oldest", "newest", "hits", "stale-hits", "misses", "hit-rate", "loads", "drops");
                Set<String> scopes = new TreeSet<>(summaries.keySet());
                if (scope == null) {
                    scopes.addAll(counts.keySet());
                } else {
                    scopes.add(scope);
                }
                for (String each : scopes) {
                    Optional<ScopeSummary> summary = Optional.ofNullable(summaries.get(each));
                    CacheCounts count = counts.getOrDefault(each, CacheCounts.NONE);
                    out.printf(Locale.ROOT, "%-9s %8d %7d %9s %9s %10d %10d %8d %8s %10d %8d%n", each,
                            summary.map(ScopeSummary::entries).orElse(0L), summary.map(ScopeSummary::stale).orElse(0L),
                            summary.map(s -> age(s.oldest(), now)).orElse("-"), summary.map(s -> age(s.newest(), now)).orElse("-"),
                            count.of(CacheEvent.HIT), count.of(CacheEvent.STALE), count.of(CacheEvent.MISS),
                            count.hitRate() < 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * count.hitRate()),
                            count.of(CacheEvent.LOAD), count.of(CacheEvent.DROP));
                }
                out.flush();
                return DONE;
            }
        }
    }

    @Command(name = "refresh", mixinStandardHelpOptions = true,
            description = {"Reloads the selected entries from the services: each is dropped in every",
                    "process and asked for again (FASJSON for person, members and search; dist-git",
                    "for access and projects). An entry whose service is not given is dropped",
                    "only; the next lookup asks for it. At most --max-concurrent requests go to",
                    "each service at once."})
    static final class Refresh implements Callable<Integer> {

        @Mixin
        CacheOptions options;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Selection selection;

        @Option(names = "--fasjson-url", paramLabel = "URL", defaultValue = "${env:FMN_FASJSON_URL}",
                description = "FASJSON, e.g. https://fasjson.fedoraproject.org (default: $FMN_FASJSON_URL)")
        String fasjsonUrl;

        @Option(names = "--distgit-url", paramLabel = "URL", defaultValue = "${env:FMN_DISTGIT_URL}",
                description = "dist-git, e.g. https://src.fedoraproject.org (default: $FMN_DISTGIT_URL)")
        String distgitUrl;

        @Option(names = "--max-concurrent", paramLabel = "N", defaultValue = "4",
                description = "requests under way to each service at once (default: 4)")
        int maxConcurrent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Optional<RedisCache> opened;
            try {
                opened = options.open(spec);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("fmn cache refresh: " + e.getMessage());
                return FAILED;
            }
            if (opened.isEmpty()) {
                return NOTHING_SHARED;
            }
            ClientSettings settings = new ClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), 3, 1000,
                    Math.max(1, maxConcurrent));
            Optional<FasjsonDirectory> fasjson = service(fasjsonUrl)
                    .map(url -> FasjsonDirectory.connect(Uris.serviceUrl("--fasjson-url", url), settings));
            Optional<PagureForge> distgit = service(distgitUrl)
                    .map(url -> PagureForge.connect(Uris.serviceUrl("--distgit-url", url), settings));
            try (RedisCache cache = opened.get()) {
                Set<CacheKey> keys = selection.keys(cache);
                if (cache.isDown()) {
                    return unreachable(spec, options);
                }
                CacheRefresh refresh = new CacheRefresh(cache, fasjson, distgit, Clock.systemUTC());
                Map<CacheRefresh.Outcome, Integer> outcomes = new EnumMap<>(CacheRefresh.Outcome.class);
                try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, maxConcurrent))) {
                    List<Future<CacheRefresh.Outcome>> done = new ArrayList<>();
                    keys.forEach(key -> done.add(pool.submit(() -> refresh.refresh(key))));
                    for (Future<CacheRefresh.Outcome> each : done) {
                        outcomes.merge(each.get(), 1, Integer::sum);
                    }
                }
                out.println("refreshed " + outcomes.getOrDefault(CacheRefresh.Outcome.RELOADED, 0) + " of " + keys.size()
                        + " entries; dropped only (their service not given): "
                        + outcomes.getOrDefault(CacheRefresh.Outcome.DROPPED, 0) + "; failed (dropped, asked again on the"
                        + " next lookup): " + outcomes.getOrDefault(CacheRefresh.Outcome.FAILED, 0));
                out.flush();
                return cache.isDown() ? unreachable(spec, options) : DONE;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("fmn cache refresh: " + e.getMessage());
                return FAILED;
            } finally {
                fasjson.ifPresent(FasjsonDirectory::close);
                distgit.ifPresent(PagureForge::close);
            }
        }

        private static Optional<String> service(String url) {
            return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = {"Drops the selected entries in every process; the next lookup of each asks",
                    "the service again. Nothing else changes."})
    static final class Delete implements Callable<Integer> {

        @Mixin
        CacheOptions options;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Selection selection;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Optional<RedisCache> opened;
            try {
                opened = options.open(spec);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("fmn cache delete: " + e.getMessage());
                return FAILED;
            }
            if (opened.isEmpty()) {
                return NOTHING_SHARED;
            }
            try (RedisCache cache = opened.get()) {
                Set<CacheKey> keys = selection.keys(cache);
                long dropped = cache.isDown() ? 0 : cache.drop(keys);
                if (cache.isDown()) {
                    return unreachable(spec, options);
                }
                out.println("dropped " + dropped + " entries");
                out.flush();
                return DONE;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("fmn cache delete: " + e.getMessage());
                return FAILED;
            }
        }
    }

    /** An age as people read it: {@code 42 s}, {@code 17 min}, {@code 3 h 5 min}, {@code 2 d 4 h}. */
    static String age(Instant at, Instant now) {
        long seconds = Math.max(0, Duration.between(at, now).toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min";
        }
        if (seconds < 86_400) {
            return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
        }
        return seconds / 86_400 + " d " + seconds % 86_400 / 3600 + " h";
    }

    private static int unreachable(CommandSpec spec, CacheOptions options) {
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().println("fmn cache: Redis at " + options.describe() + " does not answer");
        return FAILED;
    }
}
