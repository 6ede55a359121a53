package org.fedoraproject.fmn.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fedoraproject.fmn.match.Fixtures.email;
import static org.fedoraproject.fmn.match.Fixtures.followed;
import static org.fedoraproject.fmn.match.Fixtures.person;
import static org.fedoraproject.fmn.match.Fixtures.related;
import static org.fedoraproject.fmn.match.Fixtures.rpm;
import static org.fedoraproject.fmn.match.Fixtures.rule;
import static org.fedoraproject.fmn.match.Fixtures.sendTo;

import java.util.List;
import java.util.Map;

import org.fedoraproject.fmn.directory.InMemoryDirectory;
import org.fedoraproject.fmn.forge.InMemoryForge;
import org.junit.jupiter.api.Test;

class RuleIndexTest {

    /** Rules edited all day long must not grow the index without bound. */
    @Test
    void editingRulesOverAndOverKeepsTheTablesTheSizeOfTheLiveRules() {
        RuleIndex index = RuleIndex.of(List.of(rule(1, "ann", related(), sendTo(email("ann@example.org")))));
        InMemoryDirectory directory = new InMemoryDirectory(List.of(person("ann")), Map.of());
        MatchingEngine engine = new MatchingEngine(index, directory, new InMemoryForge(List.of()));

        for (int edit = 0; edit < 50_000; edit++) {
            index.put(rule(1, "ann", related(), sendTo(email("ann+" + edit % 3 + "@example.org"))));
        }

        assertThat(index.tables().rules.slotLimit()).isLessThan(10_000);
        assertThat(index.size()).isEqualTo(1);
        MatchResult result = engine.match(new Fixtures.Facts().users("ann").build());
        assertThat(result.destinations()).extracting(MatchedDestination::address)
                .containsExactly("ann+" + 49_999 % 3 + "@example.org");
    }

    /** The bytes the calling thread allocated while running {@code action}. */
    private static long allocatedBy(Runnable action) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        action.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    /**
     * Indexing rules costs what the rules hold, however they share keys: 20,000 people
     * following one package take no more work than 20,000 following a package each (copying
     * a key's slots for each rule added made the first quadratic: 800 MB allocated here).
     */
    @Test
    void indexingManyRulesUnderOneKeyTakesNoMoreThanUnderAKeyEach() {
        int n = 20_000;
        List<org.fedoraproject.fmn.rule.Rule> oneKey = new java.util.ArrayList<>();
        List<org.fedoraproject.fmn.rule.Rule> ownKeys = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            oneKey.add(rule(i, "u" + i, followed(rpm("kernel")), sendTo(email("u" + i + "@example.org"))));
            ownKeys.add(rule(i, "u" + i, followed(rpm("p" + i)), sendTo(email("u" + i + "@example.org"))));
        }
        RuleIndex.of(ownKeys); // the first build loads and warms what any build uses

        long underOwnKeys = allocatedBy(() -> RuleIndex.of(ownKeys));
        long underOneKey = allocatedBy(() -> RuleIndex.of(oneKey));

        assertThat(underOneKey).isLessThan(underOwnKeys);
    }

    /** n rules, each owned by someone else and following {@code artifact.apply(i)}. */
    private static List<org.fedoraproject.fmn.rule.Rule> followers(int n,
            java.util.function.IntFunction<org.fedoraproject.fmn.rule.Artifact> artifact) {
        List<org.fedoraproject.fmn.rule.Rule> rules = new java.util.ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rules.add(rule(i, "u" + i, followed(artifact.apply(i)), sendTo(email("u" + i + "@example.org"))));
        }
        return rules;
    }

    /**
     * Compacting rebuilds the tables from the live rules, at the cost of indexing them: here
     * one rule is edited until its stale rows outnumber the live rules and the index compacts.
     */
    @Test
    void compactingManyRulesUnderOneKeyTakesNoMoreThanUnderAKeyEach() {
        int n = 20_000;
        RuleIndex oneKey = RuleIndex.of(followers(n, i -> rpm("kernel")), 0);
        RuleIndex ownKeys = RuleIndex.of(followers(n, i -> rpm("p" + i)), 0);

        long underOneKey = allocatedBy(() -> editUntilCompacted(oneKey));
        long underOwnKeys = allocatedBy(() -> editUntilCompacted(ownKeys));

        assertThat(oneKey.tables().rules.slotLimit()).isEqualTo(n);
        assertThat(underOneKey).isLessThan(2 * underOwnKeys);
    }

    private static void editUntilCompacted(RuleIndex index) {
        int slots = index.tables().rules.slotLimit();
        for (int edit = 0; index.tables().rules.slotLimit() >= slots; edit++) {
            slots = index.tables().rules.slotLimit();
            index.put(rule(1, "u1", followed(rpm("edited")), sendTo(email("u1+" + edit + "@example.org"))));
        }
    }
}
