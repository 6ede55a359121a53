package org.fedoraproject.fmn.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.fedoraproject.fmn.app.api.RunningFmn.Answer;
import org.fedoraproject.fmn.app.api.RunningFmn.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/users/{u}/rules}: a user's own rules, read and changed by their owner, with the
 * answers FMN's API gives, and the checks ours adds.
 */
class RulesApiIT {

    private static final int ONE_MIB = 1024 * 1024;

    @TempDir
    static Path dataDir;

    static RunningFmn fmn;
    static Caller mira;

    @BeforeAll
    static void start() {
        fmn = RunningFmn.start(dataDir);
        mira = fmn.as("mira");
    }

    @AfterAll
    static void stop() {
        if (fmn != null) {
            fmn.close();
        }
    }

    static JsonNode miraRules() {
        return mira.get("users/mira/rules").json(200);
    }

    @Test
    void aRuleIsCreatedReadListedReplacedAndDeletedByItsOwner() {
        JsonNode created = mira.post("users/mira/rules", RuleBodies.packages("Builds", "mira", "mira@example.org")).json(200);
        long id = created.path("id").asLong();

        assertThat(created.path("name").asString()).isEqualTo("Builds");
        assertThat(created.path("user").path("name").asString()).isEqualTo("mira");
        assertThat(created.path("generated_last_week").asLong()).isZero();
        assertThat(created.path("generation_rules").get(0).path("id").isIntegralNumber()).isTrue();
        assertThat(created.path("generation_rules").get(0).path("filters").path("severities").toString())
                .isEqualTo("[\"warning\",\"error\"]");
        assertThat(mira.get("users/mira/rules/" + id).json(200)).isEqualTo(created);
        assertThat(miraRules()).contains(created);

        ObjectNode changed = RuleBodies.packages("Builds, all of them", "mira", "matrix", "@mira:fedora.im");
        ((ObjectNode) changed.get("generation_rules").get(0).get("filters")).putArray("severities");
        JsonNode replaced = mira.put("users/mira/rules/" + id, changed).json(200);

        assertThat(replaced.path("id").asLong()).isEqualTo(id);
        assertThat(replaced.path("name").asString()).isEqualTo("Builds, all of them");
        assertThat(replaced.path("generation_rules").get(0).path("destinations").toString())
                .isEqualTo("[{\"protocol\":\"matrix\",\"address\":\"@mira:fedora.im\"}]");
        assertThat(mira.get("users/mira/rules/" + id).json(200)).isEqualTo(replaced);

        Answer deleted = mira.delete("users/mira/rules/" + id);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("null");
        assertThat(mira.get("users/mira/rules/" + id).detail(404).asString()).isEqualTo("No rule with ID " + id + ".");
        assertThat(miraRules()).noneMatch(rule -> rule.path("id").asLong() == id);
    }

    @Test
    void theListIsTheOwnersRulesById() {
        long first = mira.post("users/mira/rules", RuleBodies.packages("First", "mira", "mira@example.org")).json(200).path("id").asLong();
        long second = mira.post("users/mira/rules", RuleBodies.packages("Second", "mira", "mira@example.org")).json(200).path("id").asLong();
        fmn.as("oskar").post("users/oskar/rules", RuleBodies.packages("Oskar's", "oskar", "oskar@example.org")).json(200);

        List<Long> ids = miraRules().valueStream().map(rule -> rule.path("id").asLong()).toList();

        assertThat(ids).contains(first, second).isSorted();
        assertThat(miraRules()).allMatch(rule -> rule.path("user").path("name").asString().equals("mira"));
    }

    @Test
    void aMissingRuleIsNotFoundOnEveryVerb() {
        String missing = "users/mira/rules/987654";
        ObjectNode body = RuleBodies.packages("Nothing", "mira", "mira@example.org");

        assertThat(mira.get(missing).detail(404).asString()).isEqualTo("No rule with ID 987654.");
        assertThat(mira.put(missing, body).detail(404).asString()).isEqualTo("No rule with ID 987654.");
        assertThat(mira.delete(missing).detail(404).asString()).isEqualTo("No rule with ID 987654.");
    }

    @Test
    void theIdUserAndCountsOfAPostedBodyAreIgnored() {
        long highest = miraRules().valueStream().mapToLong(rule -> rule.path("id").asLong()).max().orElse(0);
        ObjectNode body = RuleBodies.packages("Planted", "mira", "mira@example.org");
        body.put("id", highest + 1000);
        body.putObject("user").put("id", 4242).put("name", "oskar").put("is_admin", true);
        body.put("generated_last_week", 999);

        JsonNode created = mira.post("users/mira/rules", body).json(200);

        assertThat(created.path("id").asLong()).isNotEqualTo(highest + 1000);
        assertThat(created.path("user").path("name").asString()).isEqualTo("mira");
        assertThat(created.path("user").path("is_admin").asBoolean()).isFalse();
        assertThat(created.path("generated_last_week").asLong()).isZero();
        assertThat(miraRules()).contains(created);
        assertThat(fmn.as("oskar").get("users/oskar/rules").json(200))
                .noneMatch(rule -> rule.path("name").asString().equals("Planted"));
    }

    @Test
    void aPutCannotMoveARuleToAnotherUserNorSetItsIdOrCounts() {
        JsonNode oskarsBefore = fmn.as("oskar").get("users/oskar/rules").json(200);
        JsonNode created = mira.post("users/mira/rules", RuleBodies.packages("Mine", "mira", "mira@example.org")).json(200);
        long id = created.path("id").asLong();
        ObjectNode body = (ObjectNode) created.deepCopy();
        body.put("name", "Still mine");
        body.put("id", id + 1);
        body.putObject("user").put("id", 4242).put("name", "oskar").put("is_admin", true);
        body.put("generated_last_week", 999);

        JsonNode replaced = mira.put("users/mira/rules/" + id, body).json(200);

        assertThat(replaced.path("id").asLong()).isEqualTo(id);
        assertThat(replaced.path("name").asString()).isEqualTo("Still mine");
        assertThat(replaced.path("user")).isEqualTo(created.path("user"));
        assertThat(replaced.path("generated_last_week").asLong()).isZero();
        assertThat(mira.get("users/mira/rules/" + id).json(200)).isEqualTo(replaced);
        assertThat(fmn.as("oskar").get("users/oskar/rules").json(200)).isEqualTo(oskarsBefore);
    }

    static Stream<Arguments> invalidRules() {
        return Stream.of(
                invalid("an unknown protocol", rule -> RuleBodies.firstDestination(rule).put("protocol", "sms"),
                        "generation_rules", 0, "destinations", 0, "protocol"),
                invalid("a malformed email address", rule -> RuleBodies.firstDestination(rule).put("address", "mira@"),
                        "generation_rules", 0, "destinations", 0, "address"),
                invalid("a user name where artifacts are expected",
                        rule -> ((ObjectNode) rule.get("tracking_rule")).put("name", "artifacts-followed"),
                        "tracking_rule", "params", 0),
                invalid("no user names for artifacts-owned",
                        rule -> ((ObjectNode) rule.get("tracking_rule")).putArray("params"),
                        "tracking_rule", "params"),
                invalid("params for related-events",
                        rule -> ((ObjectNode) rule.get("tracking_rule")).put("name", "related-events"),
                        "tracking_rule", "params"),
                invalid("an unknown artifact type", rule -> {
                    ObjectNode tracking = (ObjectNode) rule.get("tracking_rule");
                    tracking.put("name", "artifacts-followed");
                    tracking.putArray("params").addObject().put("name", "tuxpaint").put("type", "debs");
                }, "tracking_rule", "params", 0, "type"),
                invalid("an unknown tracking rule", rule -> ((ObjectNode) rule.get("tracking_rule")).put("name", "everything"),
                        "tracking_rule", "name"),
                invalid("no generation rules", rule -> rule.putArray("generation_rules"), "generation_rules"));
    }

    private static Arguments invalid(String what, Consumer<ObjectNode> change, Object... loc) {
        return Arguments.of(what, change, List.of(loc));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRules")
    void anInvalidFieldIs422NamingItAsFastApiDoes(String what, Consumer<ObjectNode> change, List<Object> loc) {
        int before = miraRules().size();
        ObjectNode body = RuleBodies.packages("Invalid", "mira", "mira@example.org");
        change.accept(body);

        JsonNode detail = mira.post("users/mira/rules", body).detail(422);

        assertThat(detail.isArray()).isTrue();
        assertThat(detail).hasSize(1);
        assertThat(locOf(detail.get(0))).isEqualTo(concat("body", loc));
        assertThat(detail.get(0).path("msg").asString()).isNotBlank();
        assertThat(detail.get(0).path("type").asString()).isEqualTo("value_error");
        assertThat(miraRules()).hasSize(before);
    }

    @Test
    void anInvalidReplacementIs422AndChangesNothing() {
        JsonNode created = mira.post("users/mira/rules", RuleBodies.packages("Kept", "mira", "mira@example.org")).json(200);
        ObjectNode body = (ObjectNode) created.deepCopy();
        RuleBodies.firstDestination(body).put("protocol", "carrier-pigeon");

        JsonNode detail = mira.put("users/mira/rules/" + created.path("id").asLong(), body).detail(422);

        assertThat(locOf(detail.get(0))).isEqualTo(List.of("body", "generation_rules", 0, "destinations", 0, "protocol"));
        assertThat(mira.get("users/mira/rules/" + created.path("id").asLong()).json(200)).isEqualTo(created);
    }

    @Test
    void aDestinationThatIsNotOneOfTheOwnersOwnIs422NamingIt() {
        int before = miraRules().size();
        ObjectNode body = RuleBodies.packages("Spam", "mira", "mira@example.org");
        ((ArrayNode) body.get("generation_rules").get(0).get("destinations"))
                .addObject().put("protocol", "email").put("address", "oskar@example.org");

        JsonNode detail = mira.post("users/mira/rules", body).detail(422);

        assertThat(detail).hasSize(1);
        assertThat(locOf(detail.get(0))).isEqualTo(List.of("body", "generation_rules", 0, "destinations", 1, "address"));
        assertThat(detail.get(0).path("msg").asString()).contains("oskar@example.org");
        assertThat(miraRules()).hasSize(before);
    }

    @Test
    void anotherUsersChatAccountIsNotOneOfTheOwnersDestinationsEither() {
        JsonNode created = mira.post("users/mira/rules", RuleBodies.packages("Chat", "mira", "matrix", "@mira:fedora.im")).json(200);
        ObjectNode body = (ObjectNode) created.deepCopy();
        RuleBodies.firstDestination(body).put("protocol", "irc").put("address", "oskar");

        JsonNode detail = mira.put("users/mira/rules/" + created.path("id").asLong(), body).detail(422);

        assertThat(detail.get(0).path("msg").asString()).contains("oskar");
        assertThat(mira.get("users/mira/rules/" + created.path("id").asLong()).json(200)).isEqualTo(created);
    }

    @Test
    void aBodyThatIsNotAnObjectIs422() {
        JsonNode detail = mira.post("users/mira/rules", "[1, 2]").detail(422);

        assertThat(locOf(detail.get(0))).isEqualTo(List.of("body"));
    }

    @Test
    void unreadableJsonIs400WithASentence() {
        assertThat(mira.post("users/mira/rules", "{\"name\": ").detail(400).isString()).isTrue();
        assertThat(mira.put("users/mira/rules/1", "not json").detail(400).isString()).isTrue();
    }

    @Test
    void aBodyThatIsNotUtf8Is400() {
        byte[] latin1 = RuleBodies.packages("Zürich", "mira", "mira@example.org").toString().getBytes(StandardCharsets.ISO_8859_1);

        Answer answer = mira.send("POST", "users/mira/rules", HttpRequest.BodyPublishers.ofByteArray(latin1),
                "Content-Type", "application/json");

        assertThat(answer.detail(400).asString()).contains("UTF-8");
        assertThat(miraRules()).noneMatch(rule -> rule.path("name").asString().startsWith("Z"));
    }

    @Test
    void aBodyOverOneMebibyteIs413WhenItsLengthIsDeclared() {
        byte[] body = tooLarge();

        Answer answer = mira.send("POST", "users/mira/rules", HttpRequest.BodyPublishers.ofByteArray(body),
                "Content-Type", "application/json");

        assertThat(answer.detail(413).asString()).contains("larger than 1048576 bytes");
    }

    @Test
    void aBodyOverOneMebibyteIs413WhenItIsSentInChunks() {
        byte[] body = tooLarge();
        // A body publisher of unknown length: the client sends it with Transfer-Encoding: chunked.
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));

        Answer post = mira.send("POST", "users/mira/rules", chunked, "Content-Type", "application/json");
        Answer put = mira.send("PUT", "users/mira/rules/1", chunked, "Content-Type", "application/json");

        assertThat(post.detail(413).asString()).contains("larger than 1048576 bytes");
        assertThat(put.detail(413).asString()).contains("larger than 1048576 bytes");
    }

    @Test
    void aBodyOfExactlyOneMebibyteIsRead() {
        ObjectNode rule = RuleBodies.packages("Padded", "mira", "mira@example.org");
        String json = rule.toString();
        String padded = json.substring(0, json.length() - 1) + " ".repeat(ONE_MIB - json.length()) + "}";
        assertThat(padded.getBytes(StandardCharsets.UTF_8)).hasSize(ONE_MIB);

        assertThat(mira.post("users/mira/rules", padded).json(200).path("name").asString()).isEqualTo("Padded");
    }

    @Test
    void anIdThatIsNotANumberIs422InThePath() {
        JsonNode detail = mira.get("users/mira/rules/first").detail(422);

        assertThat(locOf(detail.get(0))).isEqualTo(List.of("path", "id"));
    }

    /** A rule padded with spaces to just over the limit: valid JSON, refused for its size alone. */
    private static byte[] tooLarge() {
        String json = RuleBodies.packages("Large", "mira", "mira@example.org").toString();
        byte[] body = new byte[ONE_MIB + 1024];
        Arrays.fill(body, (byte) ' ');
        byte[] start = json.substring(0, json.length() - 1).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, body, 0, start.length);
        body[body.length - 1] = '}';
        return body;
    }

    static List<Object> locOf(JsonNode error) {
        return error.path("loc").valueStream().map(step -> step.isIntegralNumber() ? (Object) step.asInt() : step.asString()).toList();
    }

    private static List<Object> concat(Object first, List<Object> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }
}
