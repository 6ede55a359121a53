package org.fedoraproject.fmn.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fedoraproject.fmn.database.Rules.content;
import static org.fedoraproject.fmn.database.Rules.email;
import static org.fedoraproject.fmn.database.Rules.generation;
import static org.fedoraproject.fmn.database.Rules.irc;
import static org.fedoraproject.fmn.database.Rules.matrix;
import static org.fedoraproject.fmn.database.Rules.packagesOf;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fedoraproject.fmn.database.rule.RuleContent;
import org.fedoraproject.fmn.database.rule.RuleList;
import org.fedoraproject.fmn.database.rule.RuleQuery;
import org.fedoraproject.fmn.database.rule.RuleRepository;
import org.fedoraproject.fmn.database.rule.UnreadableRule;
import org.fedoraproject.fmn.database.rule.UnreadableRuleException;
import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.message.Severity;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.fedoraproject.fmn.rule.Filters;
import org.fedoraproject.fmn.rule.GenerationRule;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.rule.TopicGlob;
import org.fedoraproject.fmn.rule.TrackingRule;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** What every {@link RuleRepository} does; see {@link DatabaseContract}. */
public interface RuleRepositoryContract extends DatabaseContract {

    private RuleRepository rules() {
        return database().rules();
    }

    /** What was written of a rule: its content with the generation rules' ids left out. */
    private static RuleContent written(Rule rule) {
        List<GenerationRule> generationRules = rule.generationRules().stream()
                .map(g -> new GenerationRule(null, g.destinations(), g.filters()))
                .toList();
        return new RuleContent(rule.name(), rule.disabled(), rule.trackingRule(), generationRules);
    }

    private void assertRoundTrips(RuleContent content) {
        Rule created = rules().create("alice", content);
        assertThat(written(created)).isEqualTo(content);
        assertThat(rules().find(created.id())).contains(created);
        assertThat(rules().rulesOf("alice").rules()).containsExactly(created);
    }

    @Test
    default void artifactsOwnedRulesRoundTrip() {
        assertRoundTrips(content("mine", new TrackingRule.ArtifactsOwned(Set.of("alice", "bob")),
                generation(Filters.NONE, email("alice@example.org"))));
    }

    @Test
    default void artifactsGroupOwnedRulesRoundTrip() {
        assertRoundTrips(content("groups", new TrackingRule.ArtifactsGroupOwned(Set.of("python-sig", "infra-sig")),
                generation(Filters.NONE, irc("alice"))));
    }

    @Test
    default void artifactsFollowedRulesRoundTripInTheirOrder() {
        assertRoundTrips(content("followed", new TrackingRule.ArtifactsFollowed(List.of(
                        new Artifact(ArtifactType.RPMS, "kernel"),
                        new Artifact(ArtifactType.CONTAINERS, "fedora-toolbox"),
                        new Artifact(ArtifactType.MODULES, "nodejs"),
                        new Artifact(ArtifactType.FLATPAKS, "firefox"))),
                generation(Filters.NONE, matrix("@alice:fedora.im"))));
    }

    @Test
    default void relatedEventsRulesRoundTrip() {
        assertRoundTrips(content("about me", new TrackingRule.RelatedEvents(),
                generation(Filters.NONE, email("alice@example.org"))));
    }

    @Test
    default void usersFollowedRulesRoundTrip() {
        assertRoundTrips(content(null, new TrackingRule.UsersFollowed(Set.of("bob", "carol")),
                generation(Filters.NONE, email("alice@example.org"))));
    }

    @Test
    default void everyFilterAndSeveralGenerationRulesRoundTrip() {
        Filters all = new Filters(Set.of("bodhi", "koji"), Set.of("copr"), EnumSet.of(Severity.DEBUG, Severity.ERROR),
                TopicGlob.of("org.fedoraproject.*.bodhi.[a-z]*"), true);
        Filters severities = new Filters(Set.of(), Set.of(), EnumSet.allOf(Severity.class), null, false);
        assertRoundTrips(content("everything", new TrackingRule.ArtifactsOwned(Set.of("alice")),
                generation(all, email("alice@example.org"), irc("alice")),
                generation(severities, matrix("@alice:fedora.im")),
                generation(Filters.NONE, email("alice+fmn@example.org"))));
    }

    @Test
    default void rulesAreStoredAsFmnStoresThem() {
        Filters filters = new Filters(Set.of("bodhi"), Set.of(), Filters.DEFAULT_SEVERITIES, TopicGlob.of("*.koji.*"), false);
        Rule rule = rules().create("alice", content("mine", new TrackingRule.ArtifactsOwned(Set.of("bob", "alice")),
                generation(filters, email("alice@example.org"))));

        assertThat(json(sql().sql("SELECT params FROM tracking_rules WHERE rule_id = :id").param("id", rule.id())
                .query(String.class).single())).isEqualTo(json("[\"alice\", \"bob\"]"));
        Map<String, JsonNode> rows = new java.util.LinkedHashMap<>();
        sql().sql("SELECT name, params FROM filters WHERE generation_rule_id = :id ORDER BY id")
                .param("id", rule.generationRules().getFirst().id())
                .query(rs -> {
                    rows.put(rs.getString("name"), json(rs.getString("params")));
                });
        // FMN's API writes these four; the default severities as [] and no excluded_applications row.
        assertThat(rows).containsExactly(
                Map.entry("applications", json("[\"bodhi\"]")),
                Map.entry("severities", json("[]")),
                Map.entry("topic", json("\"*.koji.*\"")),
                Map.entry("my_actions", json("false")));
        assertThat(sql().sql("SELECT protocol || ' ' || address FROM destinations").query(String.class).list())
                .containsExactly("email alice@example.org");
    }

    @Test
    default void relatedEventsStoresNoParams() {
        Rule rule = rules().create("alice", content("me", new TrackingRule.RelatedEvents(),
                generation(Filters.NONE, email("alice@example.org"))));

        String params = sql().sql("SELECT params FROM tracking_rules WHERE rule_id = :id").param("id", rule.id())
                .query(String.class).single();
        assertThat(json(params).isNull()).isTrue();
    }

    @Test
    default void creatingGivesIdsAndTheOwner() {
        Rule rule = rules().create("newcomer", packagesOf("newcomer"));

        assertThat(rule.id()).isPositive();
        assertThat(rule.generationRules()).allSatisfy(g -> assertThat(g.id()).isNotNull());
        assertThat(rule.ownerName()).isEqualTo("newcomer");
        assertThat(rule.owner().id()).isEqualTo(database().users().find("newcomer").orElseThrow().id());
        assertThat(rule.generatedLastWeek()).isZero();
    }

    @Test
    default void contentTheModelCouldNotReadBackIsRefusedAndNothingIsStored() {
        RuleContent badAddress = content("typo", new TrackingRule.RelatedEvents(), generation(Filters.NONE, email("dana@")));

        assertThatThrownBy(() -> rules().create("dana", badAddress))
                .isInstanceOf(UnreadableRuleException.class)
                .hasMessageContaining("generation_rules[0].destinations[0].address");
        assertThat(sql().sql("SELECT COUNT(*) FROM rules").query(Long.class).single()).isZero();
    }

    @Test
    default void aUsersRulesAreTheirsOnlyByIdWithTheirCountsOfTheLastSevenDays() {
        Rule first = rules().create("alice", packagesOf("alice"));
        rules().create("bob", packagesOf("bob"));
        Rule second = rules().create("alice", packagesOf("carol"));
        Instant now = clock().instant();
        database().generatedCounts().record(now.minus(Duration.ofDays(8)), Map.of(first.id(), 100));
        database().generatedCounts().record(now.minus(Duration.ofDays(7)), Map.of(first.id(), 1));
        database().generatedCounts().record(now.minus(Duration.ofDays(3)), Map.of(first.id(), 2, second.id(), 5));
        database().generatedCounts().record(now.minusSeconds(1), Map.of(first.id(), 4));

        RuleList alices = rules().rulesOf("alice");

        assertThat(alices.rules()).extracting(Rule::id).containsExactly(first.id(), second.id());
        assertThat(alices.rules()).extracting(Rule::generatedLastWeek).containsExactly(7L, 5L);
        assertThat(rules().rulesOf("nobody").isEmpty()).isTrue();
    }

    @Test
    default void countsLeaveTheWeekAsTheClockMoves() {
        Rule rule = rules().create("alice", packagesOf("alice"));
        database().generatedCounts().record(clock().instant(), Map.of(rule.id(), 3));

        clock().advance(Duration.ofDays(7).plusSeconds(1));

        assertThat(rules().find(rule.id()).orElseThrow().generatedLastWeek()).isZero();
    }

    @Test
    default void findingWithAnOwnerHidesOtherUsersRules() {
        Rule bobs = rules().create("bob", packagesOf("bob"));

        assertThat(rules().find(bobs.id(), "bob")).contains(bobs);
        assertThat(rules().find(bobs.id(), "alice")).isEmpty();
        assertThat(rules().find(bobs.id() + 1000)).isEmpty();
    }

    @Test
    default void replacingChangesTheContentAndKeepsIdOwnerCountsAndGenerationRuleIds() {
        Rule rule = rules().create("alice", content("old", new TrackingRule.ArtifactsOwned(Set.of("alice")),
                generation(Filters.NONE, email("alice@example.org")),
                generation(Filters.NONE, irc("alice"))));
        database().generatedCounts().record(clock().instant(), Map.of(rule.id(), 2));
        RuleContent replacement = new RuleContent("new", true, new TrackingRule.UsersFollowed(Set.of("bob")), List.of(
                generation(new Filters(Set.of("koji"), Set.of(), Set.of(), null, true), matrix("@alice:fedora.im"))));

        Rule replaced = rules().replace(rule.id(), replacement).orElseThrow();

        assertThat(written(replaced)).isEqualTo(replacement);
        assertThat(replaced.id()).isEqualTo(rule.id());
        assertThat(replaced.ownerName()).isEqualTo("alice");
        assertThat(replaced.generatedLastWeek()).isEqualTo(2);
        assertThat(replaced.generationRules().getFirst().id()).isEqualTo(rule.generationRules().getFirst().id());
        assertThat(rules().find(rule.id())).contains(replaced);
        assertThat(sql().sql("SELECT COUNT(*) FROM generation_rules").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    default void replacingWithMoreGenerationRulesAddsThem() {
        Rule rule = rules().create("alice", packagesOf("alice"));
        RuleContent more = content("more", rule.trackingRule(),
                generation(Filters.NONE, email("alice@example.org")),
                generation(Filters.NONE, irc("alice")));

        Rule replaced = rules().replace(rule.id(), more).orElseThrow();

        assertThat(written(replaced)).isEqualTo(more);
        assertThat(replaced.generationRules().getFirst().id()).isEqualTo(rule.generationRules().getFirst().id());
    }

    @Test
    default void replacingAMissingRuleChangesNothing() {
        assertThat(rules().replace(4242, packagesOf("alice"))).isEmpty();
        assertThat(sql().sql("SELECT COUNT(*) FROM tracking_rules").query(Long.class).single()).isZero();
    }

    @Test
    default void deletingARuleDeletesEverythingThatHangsFromIt() {
        Rule doomed = rules().create("alice", content("doomed", new TrackingRule.ArtifactsOwned(Set.of("alice")),
                generation(new Filters(Set.of("koji"), Set.of("copr"), Set.of(), TopicGlob.of("*"), true),
                        email("alice@example.org"), irc("alice")),
                generation(Filters.NONE, matrix("@alice:fedora.im"))));
        Rule kept = rules().create("alice", packagesOf("alice"));
        database().generatedCounts().record(clock().instant(), Map.of(doomed.id(), 3, kept.id(), 1));
        Map<String, Long> before = rowCounts();

        assertThat(rules().delete(doomed.id())).isTrue();

        assertThat(rules().find(doomed.id())).isEmpty();
        assertThat(rules().find(kept.id())).isPresent();
        Map<String, Long> after = rowCounts();
        assertThat(after).containsEntry("rules", before.get("rules") - 1)
                .containsEntry("tracking_rules", before.get("tracking_rules") - 1)
                .containsEntry("generation_rules", before.get("generation_rules") - 2)
                .containsEntry("destinations", before.get("destinations") - 3)
                .containsEntry("filters", before.get("filters") - 9)
                .containsEntry("generated", before.get("generated") - 1)
                .containsEntry("users", before.get("users"));
        assertThat(rules().delete(doomed.id())).isFalse();
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new java.util.HashMap<>();
        for (String table : TABLES) {
            counts.put(table, sql().sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    @Test
    default void disablingAndEnablingARule() {
        Rule rule = rules().create("alice", packagesOf("alice"));

        assertThat(rules().setDisabled(rule.id(), true)).isTrue();
        assertThat(rules().find(rule.id()).orElseThrow().disabled()).isTrue();
        assertThat(rules().setDisabled(rule.id(), false)).isTrue();
        assertThat(rules().find(rule.id()).orElseThrow().disabled()).isFalse();
        assertThat(rules().setDisabled(4242, true)).isFalse();
    }

    @Test
    default void theAdminListingFiltersByDisabledAndOwnerInIdOrder() {
        Rule a1 = rules().create("alice", packagesOf("alice"));
        Rule b1 = rules().create("bob", packagesOf("bob"));
        Rule a2 = rules().create("alice", packagesOf("carol"));
        rules().setDisabled(a2.id(), true);
        Rule b2 = rules().create("bob", packagesOf("dana"));
        rules().setDisabled(b2.id(), true);

        assertThat(ids(rules().list(RuleQuery.ALL))).containsExactly(a1.id(), b1.id(), a2.id(), b2.id());
        assertThat(ids(rules().list(new RuleQuery(true, null)))).containsExactly(a2.id(), b2.id());
        assertThat(ids(rules().list(new RuleQuery(false, null)))).containsExactly(a1.id(), b1.id());
        assertThat(ids(rules().list(new RuleQuery(null, "bob")))).containsExactly(b1.id(), b2.id());
        assertThat(ids(rules().list(new RuleQuery(false, "alice")))).containsExactly(a1.id());
        assertThat(ids(rules().list(new RuleQuery(null, "nobody")))).isEmpty();
    }

    private static List<Long> ids(RuleList list) {
        return list.rules().stream().map(Rule::id).toList();
    }

    @Test
    default void enabledRulesComePageByPage() {
        List<Long> enabled = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Rule rule = rules().create("user" + i, packagesOf("user" + i));
            if (i % 3 == 1) {
                rules().setDisabled(rule.id(), true);
            } else {
                enabled.add(rule.id());
            }
        }

        List<Long> seen = new java.util.ArrayList<>();
        long after = 0;
        int pages = 0;
        for (RuleList page = rules().enabledRules(after, 2); !page.isEmpty(); page = rules().enabledRules(after, 2)) {
            assertThat(page.rules()).hasSizeLessThanOrEqualTo(2).allSatisfy(r -> assertThat(r.disabled()).isFalse());
            page.rules().forEach(r -> seen.add(r.id()));
            after = page.lastId(after);
            pages++;
        }

        assertThat(seen).isEqualTo(enabled);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    default void aStoredRuleTheModelCannotReadIsListedApartWithTheReason() {
        Rule readable = rules().create("dana", packagesOf("dana"));
        long unknown = plantRule("dana", "artifacts-stolen", "[\"dana\"]", "email", "dana@example.org");
        long preview = plantRule("dana", "related-events", "null", "preview", "dana");

        RuleList danas = rules().rulesOf("dana");

        assertThat(danas.rules()).containsExactly(readable);
        assertThat(danas.unreadable()).extracting(UnreadableRule::id).containsExactly(unknown, preview);
        assertThat(danas.unreadable().getFirst().reason()).startsWith("tracking_rule.name: unknown tracking rule \"artifacts-stolen\"");
        assertThat(danas.unreadable().get(1).reason()).startsWith("generation_rules[0].destinations[0].protocol: unknown protocol \"preview\"");
        assertThat(danas.unreadable().getFirst().ownerName()).isEqualTo("dana");
        assertThat(rules().list(RuleQuery.ALL).unreadable()).hasSize(2);
        assertThat(rules().enabledRules(0, 10).unreadable()).hasSize(2);
        assertThatThrownBy(() -> rules().find(unknown))
                .isInstanceOfSatisfying(UnreadableRuleException.class, e -> assertThat(e.rule().id()).isEqualTo(unknown));
        // What a person can still do with it:
        assertThat(rules().setDisabled(unknown, true)).isTrue();
        assertThat(rules().list(new RuleQuery(true, null)).unreadable()).extracting(UnreadableRule::id).containsExactly(unknown);
        assertThat(rules().delete(unknown)).isTrue();
        assertThat(rules().rulesOf("dana").unreadable()).extracting(UnreadableRule::id).containsExactly(preview);
    }

    @Test
    default void absentFilterRowsMeanNoConstraintAsInFmnsConsumer() {
        long id = plantRule("erin", "related-events", "null", "email", "erin@example.org");

        Filters filters = rules().find(id).orElseThrow().generationRules().getFirst().filters();

        assertThat(filters.severities()).isEqualTo(EnumSet.allOf(Severity.class));
        assertThat(filters.myActions()).isTrue();
        assertThat(filters.applications()).isEmpty();
        assertThat(filters.excludedApplications()).isEmpty();
        assertThat(filters.topic()).isNull();
    }

    /** A rule written straight into FMN's tables, with one destination and no filter rows. */
    private long plantRule(String owner, String tracking, String params, String protocol, String address) {
        long user = database().users().getOrCreate(owner).id();
        sql().sql("INSERT INTO rules (name, disabled, user_id) VALUES ('planted', FALSE, :user)").param("user", user).update();
        long rule = sql().sql("SELECT MAX(id) FROM rules").query(Long.class).single();
        String json = Dialect.of(database().dataSource()).json("params");
        sql().sql("INSERT INTO tracking_rules (rule_id, name, params) VALUES (:rule, :name, " + json + ")")
                .param("rule", rule).param("name", tracking).param("params", params).update();
        sql().sql("INSERT INTO generation_rules (rule_id) VALUES (:rule)").param("rule", rule).update();
        long generation = sql().sql("SELECT MAX(id) FROM generation_rules").query(Long.class).single();
        sql().sql("INSERT INTO destinations (generation_rule_id, protocol, address) VALUES (:g, :protocol, :address)")
                .param("g", generation).param("protocol", protocol).param("address", address).update();
        return rule;
    }

    private static JsonNode json(String text) {
        return Json.MAPPER.readTree(text);
    }
}
