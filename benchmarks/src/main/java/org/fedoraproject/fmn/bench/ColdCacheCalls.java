package org.fedoraproject.fmn.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fedoraproject.fmn.backends.http.ClientSettings;
import org.fedoraproject.fmn.backends.pagure.PagureForge;
import org.fedoraproject.fmn.backends.warmup.DistGitWarmUp;
import org.fedoraproject.fmn.cache.CachePolicy;
import org.fedoraproject.fmn.cache.inprocess.InProcessCache;
import org.fedoraproject.fmn.cache.services.CachingForge;
import org.fedoraproject.fmn.cache.services.Scopes;
import org.fedoraproject.fmn.match.MatchingEngine;
import org.fedoraproject.fmn.match.RuleIndex;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.fedoraproject.fmn.schema.MessageFacts;

/**
 * How many calls dist-git gets while the matching engine goes through the workload's message
 * stream from a cold cache: dist-git on loopback ({@link LocalDistGit}) serving the workload's
 * ownership, the caching forge over the real Pagure client in front of the engine, once
 * without and once after a warm-up from the published ownership files. The notifications made
 * are compared with those made from the workload's ownership directly. Prints one line per run.
 *
 * <pre>
 * java -Dfmn.workload.dir=target/workload -cp benchmarks/target/benchmarks.jar org.fedoraproject.fmn.bench.ColdCacheCalls
 * </pre>
 */
public final class ColdCacheCalls {

    private ColdCacheCalls() {
    }

    public static void main(String[] args) {
        Workload workload = Workload.load();
        List<MessageFacts> messages = workload.messages();
        List<Artifact> named = StreamArtifacts.of(messages);
        Set<Artifact> distinct = new HashSet<>(named);
        long reference = notifications(new MatchingEngine(RuleIndex.of(workload.rules()), workload.directory(), workload.forge()),
                messages);
        System.out.printf("stream: %,d messages naming %,d artifacts (%,d distinct); %,d notifications from the ownership itself%n",
                messages.size(), named.size(), distinct.size(), reference);
        try (LocalDistGit distgit = new LocalDistGit(Path.of(System.getProperty("fmn.workload.dir"), "distgit.json"))) {
            run("cold cache", distgit, workload, messages, false);
            run("cold cache after a warm-up", distgit, workload, messages, true);
        }
    }

    private static void run(String name, LocalDistGit distgit, Workload workload, List<MessageFacts> messages, boolean warmUp) {
        // An index of its own: the engine remembers each artifact's candidates in it.
        RuleIndex index = RuleIndex.of(workload.rules());
        distgit.projectCalls.set(0);
        distgit.notFound.set(0);
        distgit.fileCalls.set(0);
        try (InProcessCache cache = new InProcessCache(new CachePolicy(Scopes.DEFAULT_TTLS, Duration.ofHours(1),
                Duration.ofMinutes(10), Duration.ofMinutes(1)), Clock.systemUTC(), 200_000);
                PagureForge pagure = PagureForge.connect(distgit.url(), new ClientSettings(Duration.ofSeconds(5),
                        Duration.ofSeconds(30), 0, 1000))) {
            CachingForge forge = new CachingForge(pagure, cache, Clock.systemUTC());
            long start = System.nanoTime();
            if (warmUp) {
                new DistGitWarmUp(pagure.ownership(), forge, EnumSet.allOf(ArtifactType.class), Clock.systemUTC(),
                        System.getLogger(DistGitWarmUp.class.getName())).warmUp();
            }
            double warmed = (System.nanoTime() - start) / 1e9;
            long matchStart = System.nanoTime();
            long made = notifications(new MatchingEngine(index, workload.directory(), forge), messages);
            double matching = (System.nanoTime() - matchStart) / 1e9;
            System.out.printf("%s: %,d project calls to dist-git (%,d of them 404), %,d ownership files; warm-up %.1f s, "
                    + "matching %.1f s; %,d notifications; lookups %s%n", name, distgit.projectCalls.get(), distgit.notFound.get(),
                    distgit.fileCalls.get(), warmed, matching, made, cache.statistics().snapshot());
        }
    }

    private static long notifications(MatchingEngine engine, List<MessageFacts> messages) {
        long made = 0;
        for (MessageFacts message : messages) {
            made += engine.match(message).destinations().size();
        }
        return made;
    }
}
