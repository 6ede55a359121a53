package org.fedoraproject.fmn.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.fedoraproject.fmn.app.api.RunningFmn.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code /api/v1/admin/...}: every rule, FMN's users, and disabling or enabling any rule, for admins. */
class AdminApiIT {

    @TempDir
    static Path dataDir;

    static RunningFmn fmn;
    static Caller vera;
    static long mirasEnabled;
    static long mirasDisabled;
    static long oskarsRule;

    @BeforeAll
    static void start() {
        fmn = RunningFmn.start(dataDir);
        vera = fmn.as("vera");
        mirasEnabled = create("mira", RuleBodies.packages("Enabled", "mira", "mira@example.org"));
        ObjectNode disabled = RuleBodies.packages("Disabled", "mira", "mira@example.org");
        disabled.put("disabled", true);
        mirasDisabled = create("mira", disabled);
        oskarsRule = create("oskar", RuleBodies.packages("Oskar's", "oskar", "oskar@example.org"));
    }

    @AfterAll
    static void stop() {
        if (fmn != null) {
            fmn.close();
        }
    }

    static long create(String user, ObjectNode rule) {
        return fmn.as(user).post("users/" + user + "/rules", rule).json(200).path("id").asLong();
    }

    static List<Long> ids(JsonNode rules) {
        return rules.valueStream().map(rule -> rule.path("id").asLong()).toList();
    }

    @Test
    void adminRulesListsEveryUsersRulesById() {
        JsonNode rules = vera.get("admin/rules").json(200);

        assertThat(ids(rules)).containsSubsequence(mirasEnabled, mirasDisabled, oskarsRule).isSorted();
        assertThat(rules.get(0).has("generated_last_week")).isTrue();
    }

    @Test
    void adminRulesFiltersByDisabledAndByUsername() {
        assertThat(ids(vera.get("admin/rules?disabled=true").json(200))).contains(mirasDisabled).doesNotContain(mirasEnabled);
        assertThat(ids(vera.get("admin/rules?disabled=false").json(200))).contains(mirasEnabled).doesNotContain(mirasDisabled);
        assertThat(ids(vera.get("admin/rules?username=oskar").json(200))).containsExactly(oskarsRule);
        assertThat(ids(vera.get("admin/rules?username=mira&disabled=true").json(200))).containsExactly(mirasDisabled);
        assertThat(vera.get("admin/rules?username=nobody").json(200)).isEmpty();
    }

    @Test
    void aDisabledFilterThatIsNoBooleanIs422InTheQuery() {
        JsonNode detail = vera.get("admin/rules?disabled=perhaps").detail(422);

        assertThat(RulesApiIT.locOf(detail.get(0))).isEqualTo(List.of("query", "disabled"));
    }

    @Test
    void adminUsersSearchesFmnsUsersByPartOfTheirName() {
        JsonNode found = vera.get("admin/users?search=ir").json(200);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("name").asString()).isEqualTo("mira");
        assertThat(found.get(0).path("id").isIntegralNumber()).isTrue();
        assertThat(found.get(0).path("is_admin").isBoolean()).isTrue();
        assertThat(vera.get("admin/users").json(200).valueStream().map(user -> user.path("name").asString()))
                .contains("mira", "oskar");
        assertThat(vera.get("admin/users?search=lena").json(200)).as("lena has never called FMN").isEmpty();
    }

    @Test
    void patchDisablesAndEnablesAnyUsersRule() {
        JsonNode disabled = vera.patch("admin/rules/" + oskarsRule, "{\"disabled\": true}").json(200);

        assertThat(disabled.path("id").asLong()).isEqualTo(oskarsRule);
        assertThat(disabled.path("disabled").asBoolean()).isTrue();
        assertThat(fmn.as("oskar").get("users/oskar/rules/" + oskarsRule).json(200).path("disabled").asBoolean()).isTrue();

        JsonNode enabled = vera.patch("admin/rules/" + oskarsRule, "{\"disabled\": false}").json(200);

        assertThat(enabled.path("disabled").asBoolean()).isFalse();
        assertThat(fmn.as("oskar").get("users/oskar/rules/" + oskarsRule).json(200)).isEqualTo(enabled);
    }

    @Test
    void patchChangesNothingButDisabled() {
        JsonNode before = fmn.as("mira").get("users/mira/rules/" + mirasEnabled).json(200);

        JsonNode after = vera.patch("admin/rules/" + mirasEnabled,
                "{\"disabled\": false, \"name\": \"Renamed\", \"user\": {\"name\": \"vera\"}}").json(200);

        assertThat(after).isEqualTo(before);
    }

    @Test
    void patchOfAMissingRuleIs404() {
        assertThat(vera.patch("admin/rules/987654", "{\"disabled\": true}").detail(404).asString())
                .isEqualTo("Rule with ID: 987654 not found");
    }

    @Test
    void patchWithADisabledThatIsNoBooleanIs422() {
        JsonNode detail = vera.patch("admin/rules/" + mirasEnabled, "{\"disabled\": \"perhaps\"}").detail(422);

        assertThat(RulesApiIT.locOf(detail.get(0))).isEqualTo(List.of("body", "disabled"));
    }
}
