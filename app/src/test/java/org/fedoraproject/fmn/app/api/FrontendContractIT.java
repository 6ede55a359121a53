package org.fedoraproject.fmn.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.fedoraproject.fmn.app.api.RunningFmn.Answer;
import org.fedoraproject.fmn.app.api.RunningFmn.Caller;
import org.fedoraproject.fmn.database.Dialect;
import org.fedoraproject.fmn.message.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What FMN's own web frontend relies on of the API, point by point, as it calls it: from its
 * origin, with a bearer token on every call, with the bodies it sends. (Its login at the
 * provider is {@code BuiltinProviderIT}'s.)
 */
class FrontendContractIT {

    static final String FRONTEND = RunningFmn.FRONTEND;
    static final Set<String> PROTOCOLS = Set.of("email", "irc", "matrix");
    static final Set<String> ARTIFACT_TYPES = Set.of("rpms", "containers", "modules", "flatpaks");

    @TempDir
    static Path dataDir;

    static RunningFmn fmn;
    static Caller mira;
    static Caller vera;

    @BeforeAll
    static void start() {
        fmn = RunningFmn.start(dataDir);
        mira = fmn.as("mira");
        vera = fmn.as("vera");
    }

    @AfterAll
    static void stop() {
        if (fmn != null) {
            fmn.close();
        }
    }

    static long create(Object rule) {
        return mira.post("users/mira/rules", rule).json(200).path("id").asLong();
    }

    /** Every call the frontend makes, as method and path. */
    static Stream<Arguments> frontendCalls() {
        return Stream.of(
                Arguments.of("GET", "users/me"),
                Arguments.of("GET", "users/mira/rules"),
                Arguments.of("POST", "users/mira/rules"),
                Arguments.of("GET", "users/mira/rules/1"),
                Arguments.of("PUT", "users/mira/rules/1"),
                Arguments.of("DELETE", "users/mira/rules/1"),
                Arguments.of("GET", "users/mira/destinations"),
                Arguments.of("GET", "users/mira/groups"),
                Arguments.of("GET", "users?search=mir"),
                Arguments.of("GET", "artifacts?names=*tux*&groups=kde-sig&users=mira"),
                Arguments.of("GET", "admin/rules?disabled=true"),
                Arguments.of("GET", "admin/users?search=mir"),
                Arguments.of("PATCH", "admin/rules/1"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("frontendCalls")
    void corsPreflightsOfEveryCallTheFrontendMakesAreAllowed(String method, String path) {
        Answer preflight = fmn.anonymous().send("OPTIONS", path, HttpRequest.BodyPublishers.noBody(),
                "Origin", FRONTEND, "Access-Control-Request-Method", method,
                "Access-Control-Request-Headers", "authorization, content-type");

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(FRONTEND);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains(method);
        assertThat(preflight.header("Access-Control-Allow-Headers").toLowerCase()).contains("authorization", "content-type");
    }

    @Test
    void answersAndRefusalsCarryCorsHeadersSoTheFrontendCanReadThem() {
        List<Answer> answers = List.of(
                mira.send("GET", "users/me", HttpRequest.BodyPublishers.noBody(), "Origin", FRONTEND),
                fmn.anonymous().send("GET", "users/me", HttpRequest.BodyPublishers.noBody(), "Origin", FRONTEND),
                mira.send("GET", "admin/rules", HttpRequest.BodyPublishers.noBody(), "Origin", FRONTEND),
                mira.send("POST", "users/mira/rules", HttpRequest.BodyPublishers.ofString("{}"),
                        "Origin", FRONTEND, "Content-Type", "application/json"));

        assertThat(answers).extracting(Answer::status).containsExactly(200, 401, 403, 422);
        assertThat(answers).allSatisfy(answer ->
                assertThat(answer.header("Access-Control-Allow-Origin")).as(answer.call()).isEqualTo(FRONTEND));
    }

    @Test
    void everyCallTheFrontendMakesAnswersInTheShapeItReads() {
        Caller oskar = fmn.as("oskar");
        JsonNode me = mira.get("users/me").json(200);
        long id = create(RuleBodies.packages("Walkthrough", "mira", "mira@example.org"));

        assertThat(me.path("is_admin").isBoolean()).isTrue();
        assertThat(mira.get("users/mira/rules").json(200).isArray()).isTrue();
        assertThat(mira.get("users/mira/rules/" + id).json(200).path("id").asLong()).isEqualTo(id);
        assertThat(mira.get("users/mira/destinations").json(200).get(0).propertyNames()).containsExactly("protocol", "address");
        assertThat(mira.get("users/mira/groups").json(200).get(0).isString()).isTrue();
        assertThat(mira.get("users?search=mir").json(200).toString()).isEqualTo("[\"mira\"]");
        assertThat(mira.get("artifacts?names=*tux*").json(200).get(0).propertyNames()).containsExactly("type", "name");
        assertThat(mira.get("artifacts?groups=python-packagers-sig").json(200)).hasSize(1);
        assertThat(oskar.get("artifacts?users=oskar").json(200)).hasSize(2);
        assertThat(vera.get("admin/rules?disabled=true").json(200).isArray()).isTrue();
        assertThat(vera.get("admin/rules?username=mira").json(200).get(0).path("user").path("name").asString()).isEqualTo("mira");
        assertThat(vera.get("admin/users?search=mir").json(200).get(0).path("name").asString()).isEqualTo("mira");
        assertThat(mira.delete("users/mira/rules/" + id).status()).isEqualTo(200);
    }

    @Test
    void patchTakesDisabledAsTheStringsTrueAndFalse() {
        long id = create(RuleBodies.packages("Patched", "mira", "mira@example.org"));

        assertThat(vera.patch("admin/rules/" + id, "{\"disabled\": \"true\"}").json(200).path("disabled").asBoolean()).isTrue();
        assertThat(mira.get("users/mira/rules/" + id).json(200).path("disabled").asBoolean()).isTrue();
        assertThat(vera.patch("admin/rules/" + id, "{\"disabled\": \"false\"}").json(200).path("disabled").asBoolean()).isFalse();
        assertThat(mira.get("users/mira/rules/" + id).json(200).path("disabled").asBoolean()).isFalse();
    }

    @Test
    void aPostedRuleMayLeaveOutWhatFmnDefaults() {
        JsonNode sparse = mira.post("users/mira/rules", """
                {"name": "About me", "tracking_rule": {"name": "related-events"},
                 "generation_rules": [
                   {"destinations": [{"protocol": "email", "address": "mira@example.org"}]},
                   {"destinations": [{"protocol": "matrix", "address": "@mira:fedora.im"}], "filters": {"applications": ["Koji"]}}]}
                """).json(200);
        JsonNode full = mira.post("users/mira/rules", """
                {"name": "About me", "disabled": false, "tracking_rule": {"name": "related-events", "params": null},
                 "generation_rules": [
                   {"destinations": [{"protocol": "email", "address": "mira@example.org"}],
                    "filters": {"applications": [], "excluded_applications": [], "severities": ["info", "warning", "error"],
                                "topic": null, "my_actions": false}},
                   {"destinations": [{"protocol": "matrix", "address": "@mira:fedora.im"}],
                    "filters": {"applications": ["Koji"], "excluded_applications": [], "severities": ["info", "warning", "error"],
                                "topic": null, "my_actions": false}}]}
                """).json(200);

        assertThat(sparse.path("disabled").asBoolean()).isFalse();
        assertThat(sparse.path("tracking_rule").toString()).isEqualTo("{\"name\":\"related-events\",\"params\":null}");
        assertThat(sparse.path("generation_rules").valueStream().map(g -> g.path("id")))
                .allMatch(JsonNode::isIntegralNumber);
        assertThat(withoutIds(sparse)).isEqualTo(withoutIds(full));
    }

    @Test
    void aPutMaySendTheWholeRuleBackAsItWasRead() {
        long id = create(RuleBodies.packages("Round trip", "mira", "mira@example.org"));
        ObjectNode read = (ObjectNode) mira.get("users/mira/rules/" + id).json(200);
        ObjectNode edited = read.deepCopy();
        edited.put("name", "Round trip, edited");

        JsonNode written = mira.put("users/mira/rules/" + id, edited).json(200);

        assertThat(written).isEqualTo(edited);
        assertThat(mira.get("users/mira/rules/" + id).json(200)).isEqualTo(edited);
    }

    @Test
    void everyErrorIsJsonWithADetailAStringOrFastApisListOfFieldErrors() {
        assertThat(fmn.anonymous().get("users/me").detail(401).isString()).isTrue();
        assertThat(mira.get("admin/users").detail(403).isString()).isTrue();
        assertThat(mira.get("users/mira/rules/987654").detail(404).isString()).isTrue();
        assertThat(mira.post("users/mira/rules", "{").detail(400).isString()).isTrue();
        assertThat(mira.send("POST", "users/mira/rules", HttpRequest.BodyPublishers.ofByteArray(new byte[1024 * 1024 + 1024]),
                "Content-Type", "application/json").detail(413).isString()).isTrue();

        JsonNode invalid = mira.post("users/mira/rules", "{\"tracking_rule\": {\"name\": \"related-events\"}}").detail(422);

        assertThat(invalid.isArray()).isTrue();
        assertThat(invalid.get(0).propertyNames()).containsExactlyInAnyOrder("loc", "msg", "type");
        assertThat(invalid.get(0).path("loc").get(0).asString()).isEqualTo("body");
    }

    @Test
    void artifactsWithoutAnyParameterAreAnEmptyList() {
        assertThat(mira.get("artifacts").json(200).toString()).isEqualTo("[]");
    }

    @Test
    void noProtocolOrArtifactTypeOutsideTheFrontendsIsEverAnswered() {
        long followed = create(Json.parse("""
                {"name": "Followed", "tracking_rule": {"name": "artifacts-followed", "params": [{"name": "tuxpaint", "type": "flatpaks"}]},
                 "generation_rules": [{"destinations": [{"protocol": "matrix", "address": "@mira:fedora.im"}]}]}
                """, "rule"));
        long preview = create(RuleBodies.packages("Old protocol", "mira", "mira@example.org"));
        long debs = create(Json.parse("""
                {"name": "Odd type", "tracking_rule": {"name": "artifacts-followed", "params": [{"name": "tuxpaint", "type": "rpms"}]},
                 "generation_rules": [{"destinations": [{"protocol": "email", "address": "mira@example.org"}]}]}
                """, "rule"));
        // Rows FMN here never writes, but an old FMN database may hold: early FMN releases had a "preview" protocol.
        DataSource dataSource = fmn.context().getBean(DataSource.class);
        JdbcClient database = JdbcClient.create(dataSource);
        database.sql("UPDATE destinations SET protocol = 'preview' WHERE generation_rule_id IN "
                + "(SELECT id FROM generation_rules WHERE rule_id = :rule)").param("rule", preview).update();
        database.sql("UPDATE tracking_rules SET params = " + Dialect.of(dataSource).json("params") + " WHERE rule_id = :rule")
                .param("params", "[{\"name\": \"tuxpaint\", \"type\": \"debs\"}]").param("rule", debs).update();

        List<Answer> answers = new ArrayList<>();
        answers.add(mira.get("users/mira/rules"));
        answers.add(mira.get("users/mira/rules/" + followed));
        answers.add(mira.get("users/mira/rules/" + preview));
        answers.add(mira.get("users/mira/rules/" + debs));
        answers.add(vera.get("admin/rules"));
        answers.add(vera.get("admin/rules?username=mira"));
        answers.add(mira.get("artifacts?names=*"));
        for (String user : List.of("mira", "oskar", "lena", "tomas", "vera")) {
            answers.add(mira.get("users/" + user + "/destinations"));
        }

        for (Answer answer : answers) {
            if (answer.status() == 200) {
                assertThat(answer.body()).as(answer.call()).doesNotContain("preview", "debs");
                valuesNamed(answer.json(), "protocol").forEach(p -> assertThat(p).as(answer.call()).isIn(PROTOCOLS));
                valuesNamed(answer.json(), "type").forEach(t -> assertThat(t).as(answer.call()).isIn(ARTIFACT_TYPES));
            }
        }
        assertThat(valuesNamed(mira.get("users/mira/rules").json(200), "type")).contains("flatpaks");
        Answer unreadable = mira.get("users/mira/rules/" + preview);
        assertThat(unreadable.status()).as("a rule FMN cannot read is refused, saying why").isEqualTo(409);
        assertThat(unreadable.json().get("detail").asString()).contains("cannot read", "can only be deleted");
        assertThat(mira.put("users/mira/rules/" + preview, RuleBodies.packages("Repaired", "mira", "mira@example.org"))
                .status()).as("it cannot be replaced").isEqualTo(409);
        assertThat(vera.patch("admin/rules/" + preview, "{\"disabled\": true}").status())
                .as("nor disabled by an admin").isEqualTo(409);
        assertThat(database.sql("SELECT disabled FROM rules WHERE id = :rule").param("rule", preview).query(Boolean.class)
                .single()).as("the refused PATCH changed nothing").isFalse();
        assertThat(mira.delete("users/mira/rules/" + preview).status()).as("and it can be deleted").isEqualTo(200);
        assertThat(mira.get("users/mira/rules/" + preview).status()).isEqualTo(404);
        assertThat(valuesNamed(mira.get("users/tomas/destinations").json(200), "protocol")).contains("matrix");
    }

    /** Every string value of a field of that name, anywhere in the document. */
    private static List<String> valuesNamed(JsonNode json, String field) {
        List<String> values = new ArrayList<>();
        if (json.isObject()) {
            json.propertyStream().forEach(entry -> {
                if (entry.getKey().equals(field) && entry.getValue().isString()) {
                    values.add(entry.getValue().asString());
                }
                values.addAll(valuesNamed(entry.getValue(), field));
            });
        } else if (json.isArray()) {
            json.valueStream().forEach(item -> values.addAll(valuesNamed(item, field)));
        }
        return values;
    }

    /** The rule without what the database assigns: its id and its generation rules' ids. */
    private static JsonNode withoutIds(JsonNode rule) {
        ObjectNode copy = (ObjectNode) rule.deepCopy();
        copy.remove("id");
        copy.path("generation_rules").valueStream().forEach(g -> ((ObjectNode) g).remove("id"));
        return copy;
    }
}
