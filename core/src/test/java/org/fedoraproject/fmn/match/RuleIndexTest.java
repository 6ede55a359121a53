package org.fedoraproject.fmn.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fedoraproject.fmn.match.Fixtures.email;
import static org.fedoraproject.fmn.match.Fixtures.person;
import static org.fedoraproject.fmn.match.Fixtures.related;
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
}
