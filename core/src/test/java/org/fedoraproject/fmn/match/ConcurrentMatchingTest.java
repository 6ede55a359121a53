package org.fedoraproject.fmn.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.fedoraproject.fmn.directory.InMemoryDirectory;
import org.fedoraproject.fmn.directory.Person;
import org.fedoraproject.fmn.forge.InMemoryForge;
import org.fedoraproject.fmn.forge.ProjectAccess;
import org.fedoraproject.fmn.rule.Destination;
import org.fedoraproject.fmn.rule.GenerationRule;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.junit.jupiter.api.Test;

/**
 * The consumer matches on several threads while users edit their rules and dist-git changes
 * hands: matching must stay exact for the rules that are not being changed, whatever the
 * interleaving. Here one thread adds, replaces, disables and removes rules as fast as it can
 * (with an index that compacts its tables at every stale row, the most disruptive setting)
 * and moves the forge's generation on, while two threads match messages and compare every
 * answer about the steady rules with the naive reference.
 */
class ConcurrentMatchingTest {

    private static final long FIRST_CHURNING_ID = 1_000;
    private static final int MATCHES_PER_READER = 30_000;

    @Test
    void matchesOfSteadyRulesStayExactWhileOtherRulesAndOwnershipChange() throws Exception {
        Random random = new Random(11);
        List<Person> people = EngineMatchesReferenceTest.USERS.stream()
                .map(user -> new Person(user, List.of(user + "@example.org"), List.of(), Set.of())).toList();
        InMemoryDirectory directory = new InMemoryDirectory(people, Map.of());
        List<ProjectAccess> projects = EngineMatchesReferenceTest.randomProjects(random);
        InMemoryForge forge = new InMemoryForge(projects);
        List<Rule> steady = new ArrayList<>();
        for (long id = 1; id <= 40; id++) {
            steady.add(EngineMatchesReferenceTest.randomRule(random, id));
        }
        List<MessageFacts> messages = new ArrayList<>();
        List<ReferenceEvaluator.Result> expected = new ArrayList<>();
        for (int m = 0; m < 200; m++) {
            MessageFacts message = EngineMatchesReferenceTest.randomMessage(random, "m" + m);
            messages.add(message);
            expected.add(ReferenceEvaluator.evaluate(steady, directory, forge, message));
        }
        RuleIndex index = RuleIndex.of(steady, 0);
        MatchingEngine engine = new MatchingEngine(index, directory, forge);

        AtomicBoolean readersDone = new AtomicBoolean();
        AtomicLong changes = new AtomicLong();
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        Thread writer = Thread.ofPlatform().start(() -> {
            Random changesRandom = new Random(12);
            try {
                while (!readersDone.get()) {
                    long id = FIRST_CHURNING_ID + changesRandom.nextInt(50);
                    switch (changesRandom.nextInt(4)) {
                        case 0 -> index.remove(id);
                        case 1 -> forge.put(projects.get(changesRandom.nextInt(projects.size()))); // same hands
                        default -> index.put(churning(EngineMatchesReferenceTest.randomRule(changesRandom, id)));
                    }
                    changes.incrementAndGet();
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        });
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            int offset = r * 97;
            readers.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < MATCHES_PER_READER && failures.isEmpty(); i++) {
                        int m = (i + offset) % messages.size();
                        assertThat(steadyPart(engine.match(messages.get(m)))).as("message %d", m)
                                .isEqualTo(expected.get(m));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread reader : readers) {
            reader.join();
        }
        readersDone.set(true);
        writer.join();

        assertThat(failures).isEmpty();
        assertThat(changes.get()).as("changes made while matching").isGreaterThan(100);
    }

    /** A rule sending only to addresses of its own, so that its notifications never merge with steady ones. */
    private static Rule churning(Rule rule) {
        Destination own = new Destination(Protocol.EMAIL, "churn-" + rule.id() + "@example.org");
        List<GenerationRule> generation = rule.generationRules().stream()
                .map(g -> new GenerationRule(null, List.of(own), g.filters())).toList();
        return new Rule(rule.id(), rule.name(), rule.disabled(), rule.owner(), rule.trackingRule(), generation, 0);
    }

    private static ReferenceEvaluator.Result steadyPart(MatchResult result) {
        ReferenceEvaluator.Result all = ReferenceEvaluator.of(result);
        return new ReferenceEvaluator.Result(
                all.notifications().stream().filter(n -> !n.address().startsWith("churn-")).toList(),
                all.generatedPerRule().entrySet().stream().filter(e -> e.getKey() < FIRST_CHURNING_ID)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                all.rulesToDisable().stream().filter(id -> id < FIRST_CHURNING_ID).collect(Collectors.toSet()));
    }
}
