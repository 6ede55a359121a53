package org.fedoraproject.fmn.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.fedoraproject.fmn.directory.InMemoryDirectory;
import org.fedoraproject.fmn.directory.Person;
import org.fedoraproject.fmn.forge.InMemoryForge;
import org.fedoraproject.fmn.forge.ProjectAccess;
import org.fedoraproject.fmn.forge.Role;
import org.fedoraproject.fmn.message.Severity;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.fedoraproject.fmn.rule.Destination;
import org.fedoraproject.fmn.rule.Filters;
import org.fedoraproject.fmn.rule.GenerationRule;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.rule.TopicGlob;
import org.fedoraproject.fmn.rule.TrackingRule;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.junit.jupiter.api.Test;

/**
 * On thousands of small random workloads, the indexed engine gives exactly what the naive
 * reference gives: the same notifications, rule ids, counts and rules to disable. Each case
 * also changes rules, ownership and accounts after the index is built, so incremental updates
 * (and, in half the cases, the compaction of the index's tables) are held to the same answers. A failure names the seed that reproduces it.
 */
class EngineMatchesReferenceTest {

    private static final int CASES = 3000;
    private static final int MESSAGES_PER_CASE = 12;

    static final List<String> USERS = List.of("ann", "ben", "cat", "dan", "eve", "fay");
    private static final List<String> GROUPS = List.of("go-sig", "rust-sig", "qa");
    private static final List<String> NAMES = List.of("vim", "kernel", "rust-serde", "toolbox", "nodejs");
    private static final List<String> APPS = List.of("bodhi", "Koji", "copr", "KOJI", "Copr");
    private static final List<String> TOPICS = List.of("org.fedoraproject.prod.bodhi.update.comment",
            "org.fedoraproject.prod.buildsys.tag", "org.fedoraproject.prod.buildsys.untag",
            "org.fedoraproject.prod.copr.build.end");
    private static final List<String> GLOBS = List.of("*.bodhi.*", "*.buildsys.?ag", "*.buildsys.[tu]*",
            "org.fedoraproject.prod.copr.build.end", "*.BODHI.*");

    @Test
    void theIndexedEngineAgreesWithTheNaiveReferenceOnRandomWorkloads() {
        long notifications = 0;
        for (int seed = 0; seed < CASES; seed++) {
            notifications += checkCase(seed);
        }
        // The generator must exercise the interesting paths, not only empty results.
        assertThat(notifications).as("notifications produced over all cases").isGreaterThan(CASES);
    }

    private long checkCase(long seed) {
        Random random = new Random(seed);
        List<Person> people = new ArrayList<>();
        for (String user : USERS) {
            if (random.nextInt(8) != 0) { // some owners are gone from the account system
                people.add(new Person(user, List.of(user + "@example.org"), List.of(), Set.of()));
            }
        }
        InMemoryDirectory directory = new InMemoryDirectory(people, Map.of());
        InMemoryForge forge = new InMemoryForge(randomProjects(random));

        Map<Long, Rule> rules = new HashMap<>();
        for (long id = 1; id <= 1 + random.nextInt(8); id++) {
            rules.put(id, randomRule(random, id));
        }
        // Every other case compacts its index's tables as soon as a change leaves a stale row.
        RuleIndex index = seed % 2 == 0 ? RuleIndex.of(rules.values()) : RuleIndex.of(rules.values(), 0);
        MatchingEngine engine = new MatchingEngine(index, directory, forge);

        // Change things after the index is built: replace, disable, remove, add; move ownership;
        // delete or restore accounts. Matching a message first lets the engine keep answers.
        engine.match(randomMessage(random, "warm-up"));
        for (int change = random.nextInt(4); change > 0; change--) {
            long id = 1 + random.nextInt(10);
            switch (random.nextInt(5)) {
                case 0 -> {
                    rules.remove(id);
                    engine.index().remove(id);
                }
                case 1 -> {
                    Rule rule = randomRule(random, id);
                    rules.put(id, rule);
                    engine.index().put(rule);
                }
                case 2 -> {
                    Rule rule = rules.get(id);
                    if (rule != null) {
                        Rule flipped = new Rule(id, rule.name(), !rule.disabled(), rule.owner(), rule.trackingRule(),
                                rule.generationRules(), 0);
                        rules.put(id, flipped);
                        engine.index().put(flipped);
                    }
                }
                case 3 -> randomProjects(random).forEach(forge::put);
                default -> { // an account is deleted, or comes back
                    String user = pick(random, USERS);
                    if (directory.exists(user)) {
                        directory.remove(user);
                    } else {
                        directory.put(new Person(user, List.of(user + "@example.org"), List.of(), Set.of()));
                    }
                }
            }
        }

        long produced = 0;
        for (int m = 0; m < MESSAGES_PER_CASE; m++) {
            MessageFacts message = randomMessage(random, "m" + m);
            ReferenceEvaluator.Result expected = ReferenceEvaluator.evaluate(List.copyOf(rules.values()), directory,
                    forge, message);
            ReferenceEvaluator.Result actual = ReferenceEvaluator.of(engine.match(message));
            assertThat(actual).as("seed %d, message %s, rules %s", seed, message, rules.values()).isEqualTo(expected);
            produced += actual.notifications().size();
        }
        return produced;
    }

    static List<ProjectAccess> randomProjects(Random random) {
        List<ProjectAccess> projects = new ArrayList<>();
        for (String name : NAMES) {
            for (ArtifactType type : List.of(ArtifactType.RPMS, ArtifactType.FLATPAKS, ArtifactType.CONTAINERS)) {
                if (random.nextInt(3) == 0) {
                    continue; // no such project: the name has no owners
                }
                Map<Role, List<String>> users = new EnumMap<>(Role.class);
                Map<Role, List<String>> groups = new EnumMap<>(Role.class);
                users.put(Role.OWNER, List.of(pick(random, USERS)));
                for (Role role : List.of(Role.ADMIN, Role.COMMIT, Role.COLLABORATOR, Role.TICKET)) {
                    if (random.nextInt(3) == 0) {
                        users.put(role, List.of(pick(random, USERS)));
                    }
                    if (random.nextInt(4) == 0) {
                        groups.put(role, List.of(pick(random, GROUPS)));
                    }
                }
                projects.add(new ProjectAccess(new Artifact(type, name), users, groups));
            }
        }
        return projects;
    }

    static Rule randomRule(Random random, long id) {
        String owner = pick(random, USERS);
        TrackingRule tracking = switch (random.nextInt(5)) {
            case 0 -> new TrackingRule.ArtifactsOwned(subset(random, USERS, 1));
            case 1 -> new TrackingRule.ArtifactsGroupOwned(subset(random, GROUPS, 1));
            case 2 -> new TrackingRule.ArtifactsFollowed(List.of(randomArtifact(random), randomArtifact(random)));
            case 3 -> new TrackingRule.RelatedEvents();
            default -> new TrackingRule.UsersFollowed(subset(random, USERS, 1));
        };
        List<GenerationRule> generation = new ArrayList<>();
        for (int g = 0; g <= random.nextInt(2); g++) {
            List<Destination> destinations = new ArrayList<>();
            for (int d = 0; d <= random.nextInt(2); d++) {
                destinations.add(randomDestination(random, owner));
            }
            generation.add(new GenerationRule(null, destinations, randomFilters(random)));
        }
        return new Rule(id, null, random.nextInt(10) == 0, new Rule.RuleOwner(null, owner, false), tracking,
                generation, 0);
    }

    private static Destination randomDestination(Random random, String owner) {
        // A small pool shared by everyone, so that rules collide on destinations.
        return switch (random.nextInt(3)) {
            case 0 -> new Destination(Protocol.EMAIL, owner + "@example.org");
            case 1 -> new Destination(Protocol.EMAIL, "team@example.org");
            default -> new Destination(random.nextBoolean() ? Protocol.IRC : Protocol.MATRIX, owner);
        };
    }

    private static Filters randomFilters(Random random) {
        Set<String> apps = random.nextInt(3) == 0 ? subset(random, APPS, 1) : Set.of();
        Set<String> excluded = random.nextInt(4) == 0 ? subset(random, APPS, 1) : Set.of();
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        if (random.nextBoolean()) {
            for (Severity severity : Severity.values()) {
                if (random.nextBoolean()) {
                    severities.add(severity);
                }
            }
        }
        TopicGlob topic = random.nextInt(3) == 0 ? TopicGlob.of(pick(random, GLOBS)) : null;
        return new Filters(lower(apps), lower(excluded), severities, topic, random.nextBoolean());
    }

    static MessageFacts randomMessage(Random random, String id) {
        List<String> packages = new ArrayList<>(subset(random, NAMES, 0));
        List<String> flatpaks = random.nextInt(3) == 0 ? new ArrayList<>(subset(random, NAMES, 0)) : List.of();
        List<String> containers = random.nextInt(3) == 0 ? new ArrayList<>(subset(random, NAMES, 0)) : List.of();
        String agent = random.nextInt(4) == 0 ? null : pick(random, USERS);
        return new MessageFacts(id, pick(random, TOPICS), null, random.nextInt(20) == 0,
                Severity.values()[random.nextInt(4)], random.nextInt(6) == 0 ? null : pick(random, APPS), null, agent,
                new ArrayList<>(subset(random, USERS, 0)), List.of(), packages, containers, List.of(), flatpaks,
                "summary", "text", "https://example.org", null);
    }

    private static Artifact randomArtifact(Random random) {
        ArtifactType type = random.nextInt(4) == 0 ? ArtifactType.FLATPAKS : ArtifactType.RPMS;
        return new Artifact(type, random.nextInt(6) == 0 ? "retired-thing" : pick(random, NAMES));
    }

    private static Set<String> subset(Random random, List<String> from, int atLeast) {
        Set<String> chosen = new LinkedHashSet<>();
        int size = atLeast + random.nextInt(3);
        while (chosen.size() < size) {
            chosen.add(pick(random, from));
        }
        return chosen;
    }

    private static Set<String> lower(Set<String> names) {
        Set<String> out = new LinkedHashSet<>();
        names.forEach(n -> out.add(n.toLowerCase(java.util.Locale.ROOT)));
        return out;
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
