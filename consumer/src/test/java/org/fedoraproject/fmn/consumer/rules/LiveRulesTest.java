package org.fedoraproject.fmn.consumer.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fedoraproject.fmn.database.Database;
import org.fedoraproject.fmn.database.DatabaseSettings;
import org.fedoraproject.fmn.database.rule.RuleContent;
import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.rule.RuleReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consumer's rules on the embedded database: loaded by pages, kept current, reconciled. */
class LiveRulesTest {

    @TempDir
    Path dataDir;

    Database database;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseSettings.embedded(dataDir), Clock.systemUTC());
        database.migrations().migrate();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Rule create(String owner, String name, boolean disabled) {
        return database.rules().create(owner, RuleContent.of(RuleReader.read(Json.parse("""
                {"id": 1, "name": "%s", "disabled": %s, "user": {"name": "%s"},
                 "tracking_rule": {"name": "related-events", "params": []},
                 "generation_rules": [{"destinations": [{"protocol": "email", "address": "%s@example.org"}],
                   "filters": {}}]}""".formatted(name, disabled, owner, owner), "a rule"))));
    }

    @Test
    void everyEnabledRuleIsLoadedPageByPageWithProgress() {
        List<Long> enabled = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            enabled.add(create("user" + i, "rule " + i, false).id());
        }
        create("lena", "off", true);
        LiveRules rules = new LiveRules(database.rules(), 3);
        List<Integer> progress = new ArrayList<>();
        assertThat(rules.ready()).isFalse();
        assertThatThrownBy(() -> rules.refresh(1)).hasMessageContaining("not loaded yet");

        LiveRules.Scan scan = rules.load(progress::add);

        assertThat(rules.ready()).isTrue();
        assertThat(scan.rules()).extracting(Rule::id).containsExactlyElementsOf(enabled);
        assertThat(rules.index().orElseThrow().ruleIds()).containsExactlyInAnyOrderElementsOf(enabled);
        assertThat(progress).containsExactly(3, 6, 7);
    }

    @Test
    void aRuleChangeMessageMakesTheRuleReadAgainAsItIsStoredNow() {
        Rule kept = create("mira", "kept", false);
        Rule disabledLater = create("oskar", "off later", false);
        LiveRules rules = new LiveRules(database.rules(), 100);
        rules.load(n -> {
        });
        Rule added = create("lena", "new", false);
        database.rules().setDisabled(disabledLater.id(), true);
        database.rules().delete(kept.id());

        for (long id : new long[] {kept.id(), disabledLater.id(), added.id(), 999}) {
            rules.refresh(id);
        }

        assertThat(rules.index().orElseThrow().ruleIds()).containsExactly(added.id());
    }

    @Test
    void reconcilingFindsChangesWhoseMessagesWereMissed() {
        Rule unchanged = create("mira", "same", false);
        Rule deleted = create("oskar", "deleted", false);
        LiveRules rules = new LiveRules(database.rules(), 100);
        rules.load(n -> {
        });
        database.rules().delete(deleted.id());
        Rule added = create("lena", "added", false);

        LiveRules.Reconciliation done = rules.reconcile();

        assertThat(done.added()).isEqualTo(1);
        assertThat(done.removed()).isEqualTo(1);
        assertThat(done.changed()).isZero();
        assertThat(rules.index().orElseThrow().ruleIds()).containsExactlyInAnyOrder(unchanged.id(), added.id());
        assertThat(rules.reconcile().changedAnything()).isFalse();
    }

    @Test
    void aRuleWhoseOwnerLeftIsDisabledInTheDatabaseAndNoLongerMatched() {
        Rule gone = create("gone", "orphan", false);
        LiveRules rules = new LiveRules(database.rules(), 100);
        rules.load(n -> {
        });

        rules.disable(Set.of(gone.id()));

        assertThat(database.rules().find(gone.id()).orElseThrow().disabled()).isTrue();
        assertThat(rules.index().orElseThrow().ruleIds()).isEmpty();
    }
}
