package org.fedoraproject.fmn.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fedoraproject.fmn.database.Rules.packagesOf;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.fedoraproject.fmn.database.generated.GeneratedCounts;
import org.fedoraproject.fmn.rule.Rule;
import org.junit.jupiter.api.Test;

/** What every {@link GeneratedCounts} does; see {@link DatabaseContract}. */
public interface GeneratedCountsContract extends DatabaseContract {

    @Test
    default void countsAreRecordedPerRuleAtTheGivenTimeInUtc() {
        Rule first = database().rules().create("alice", packagesOf("alice"));
        Rule second = database().rules().create("bob", packagesOf("bob"));

        database().generatedCounts().record(clock().instant(), Map.of(first.id(), 3, second.id(), 1));

        Map<Long, Integer> stored = new HashMap<>();
        sql().sql("SELECT rule_id, count, \"when\" FROM generated").query(rs -> {
            stored.put(rs.getLong("rule_id"), rs.getInt("count"));
            assertThat(rs.getObject("when", LocalDateTime.class)).isEqualTo(LocalDateTime.parse("2026-01-12T12:00:00"));
        });
        assertThat(stored).isEqualTo(Map.of(first.id(), 3, second.id(), 1));
    }

    @Test
    default void countsOfRulesDeletedMeanwhileAreSkippedAndTheRestKept() {
        Rule kept = database().rules().create("alice", packagesOf("alice"));
        Rule deleted = database().rules().create("bob", packagesOf("bob"));
        database().rules().delete(deleted.id());

        database().generatedCounts().record(clock().instant(), Map.of(kept.id(), 2, deleted.id(), 5));

        assertThat(sql().sql("SELECT rule_id FROM generated").query(Long.class).list()).containsExactly(kept.id());
    }

    @Test
    default void zeroCountsAreNotStored() {
        Rule rule = database().rules().create("alice", packagesOf("alice"));

        database().generatedCounts().record(clock().instant(), Map.of(rule.id(), 0));
        database().generatedCounts().record(clock().instant(), Map.of());

        assertThat(sql().sql("SELECT COUNT(*) FROM generated").query(Long.class).single()).isZero();
    }
}
