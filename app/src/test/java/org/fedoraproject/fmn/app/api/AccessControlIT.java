package org.fedoraproject.fmn.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
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

/**
 * Who may call what: a token for every call but FMN's anonymous ones, a user's rules to that
 * user only (whatever the verb, whatever the path), the admin calls to admins only. Each refusal
 * leaves the other user's rules as they were.
 */
class AccessControlIT {

    @TempDir
    static Path dataDir;

    static RunningFmn fmn;
    static Caller mira;
    static Caller oskar;
    static long oskarsRule;

    @BeforeAll
    static void start() {
        fmn = RunningFmn.start(dataDir);
        mira = fmn.as("mira");
        oskar = fmn.as("oskar");
        oskarsRule = oskar.post("users/oskar/rules", RuleBodies.packages("Oskar's builds", "oskar", "irc", "oskar"))
                .json(200).path("id").asLong();
        mira.post("users/mira/rules", RuleBodies.packages("Mira's builds", "mira", "mira@example.org")).json(200);
    }

    @AfterAll
    static void stop() {
        if (fmn != null) {
            fmn.close();
        }
    }

    /** Every call that needs a token, as method and path. */
    static Stream<Arguments> callsNeedingAToken() {
        return Stream.of(
                Arguments.of("GET", "users/me"),
                Arguments.of("GET", "users/mira/rules"),
                Arguments.of("POST", "users/mira/rules"),
                Arguments.of("GET", "users/mira/rules/1"),
                Arguments.of("PUT", "users/mira/rules/1"),
                Arguments.of("DELETE", "users/mira/rules/1"),
                Arguments.of("GET", "admin/rules"),
                Arguments.of("GET", "admin/users?search=mira"),
                Arguments.of("PATCH", "admin/rules/1"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("callsNeedingAToken")
    void withoutATokenTheAnswerIs401NotAuthenticated(String method, String path) {
        Answer answer = call(fmn.anonymous(), method, path, "{\"disabled\": true}");

        assertThat(answer.detail(401).asString()).isEqualTo("Not authenticated");
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("callsNeedingAToken")
    void withAGarbageTokenTheAnswerIs401InvalidToken(String method, String path) {
        Answer answer = call(fmn.withToken("garbage.not-a-token"), method, path, "{\"disabled\": true}");

        assertThat(answer.detail(401).asString()).isEqualTo("Invalid token");
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
    }

    @Test
    void miraCanNeitherReadNorChangeOskarsRulesThroughHisPath() {
        JsonNode before = oskarsRules();
        String his = "users/oskar/rules/" + oskarsRule;

        assertThat(mira.get("users/oskar/rules").detail(403).asString()).isEqualTo("Not allowed to see someone else's rules");
        assertThat(mira.get(his).detail(403).asString()).isEqualTo("Not allowed to see someone else's rules");
        assertThat(mira.put(his, RuleBodies.packages("Taken over", "oskar", "irc", "oskar")).detail(403).asString())
                .isEqualTo("Not allowed to edit someone else's rules");
        assertThat(mira.delete(his).detail(403).asString()).isEqualTo("Not allowed to delete someone else's rules");
        assertThat(mira.post("users/oskar/rules", RuleBodies.packages("Planted", "oskar", "irc", "oskar")).detail(403).asString())
                .isEqualTo("Not allowed to edit someone else's rules");

        assertThat(oskarsRules()).isEqualTo(before);
    }

    @Test
    void anAdminCannotUseSomeoneElsesRulesPathEither() {
        JsonNode before = oskarsRules();
        Caller vera = fmn.as("vera");

        assertThat(vera.get("users/oskar/rules").status()).isEqualTo(403);
        assertThat(vera.delete("users/oskar/rules/" + oskarsRule).status()).isEqualTo(403);
        assertThat(oskarsRules()).isEqualTo(before);
    }

    @Test
    void oskarsRuleIdOnMirasOwnPathIsAnsweredExactlyAsAMissingRule() {
        JsonNode before = oskarsRules();
        long missing = oskarsRule + 100_000;
        String body = RuleBodies.packages("Taken over", "mira", "mira@example.org").toString();

        for (String method : new String[] {"GET", "PUT", "DELETE"}) {
            Answer his = call(mira, method, "users/mira/rules/" + oskarsRule, body);
            Answer none = call(mira, method, "users/mira/rules/" + missing, body);

            assertThat(his.status()).as(method).isEqualTo(404).isEqualTo(none.status());
            assertThat(his.body()).as(method).isEqualTo(none.body().replace(Long.toString(missing), Long.toString(oskarsRule)));
            assertThat(his.header("Content-Type")).as(method).isEqualTo(none.header("Content-Type"));
        }
        assertThat(oskarsRules()).isEqualTo(before);
    }

    /** Every admin call, as method and path. */
    static Stream<Arguments> adminCalls() {
        return Stream.of(
                Arguments.of("GET", "admin/rules"),
                Arguments.of("GET", "admin/rules?disabled=true"),
                Arguments.of("GET", "admin/rules?username=oskar"),
                Arguments.of("GET", "admin/users"),
                Arguments.of("GET", "admin/users?search=oskar"),
                Arguments.of("PATCH", "admin/rules/{oskarsRule}"),
                Arguments.of("PATCH", "admin/rules/987654"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("adminCalls")
    void aNonAdminIsRefusedEveryAdminCall(String method, String path) {
        JsonNode before = oskarsRules();

        Answer answer = call(mira, method, path.replace("{oskarsRule}", Long.toString(oskarsRule)), "{\"disabled\": true}");

        assertThat(answer.detail(403).asString()).isEqualTo("Not an admin");
        assertThat(oskarsRules()).isEqualTo(before);
    }

    @Test
    void anAnonymousCallWithAGarbageTokenIsStillAnswered() {
        assertThat(fmn.withToken("garbage").get("users/mira/destinations").status()).isEqualTo(200);
        assertThat(fmn.withToken("garbage").get("artifacts?users=mira").status()).isEqualTo(200);
        assertThat(fmn.withToken("garbage").get("users?search=mir").json(200).toString()).isEqualTo("[\"mira\"]");
    }

    private static JsonNode oskarsRules() {
        return oskar.get("users/oskar/rules").json(200);
    }

    private static Answer call(Caller caller, String method, String path, String body) {
        boolean hasBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        return hasBody
                ? caller.send(method, path, HttpRequest.BodyPublishers.ofString(body), "Content-Type", "application/json")
                : caller.send(method, path, HttpRequest.BodyPublishers.noBody());
    }
}
