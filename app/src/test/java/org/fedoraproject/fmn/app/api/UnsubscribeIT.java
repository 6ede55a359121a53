package org.fedoraproject.fmn.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.fedoraproject.fmn.app.api.RunningFmn.Answer;
import org.fedoraproject.fmn.unsubscribe.UnsubscribeKey;
import org.fedoraproject.fmn.unsubscribe.UnsubscribeToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/v1/unsubscribe}: the one-click link of an email, over real HTTP and without a
 * token, signed with the key the email sender uses (the one made under the data folder).
 */
class UnsubscribeIT {

    @TempDir
    static Path dataDir;

    static RunningFmn fmn;
    static byte[] key;

    @BeforeAll
    static void start() {
        fmn = RunningFmn.start(dataDir);
        key = UnsubscribeKey.load(null, null, dataDir);
    }

    @AfterAll
    static void stop() {
        if (fmn != null) {
            fmn.close();
        }
    }

    static long create(String user, String name) {
        return fmn.as(user).post("users/" + user + "/rules", RuleBodies.packages(name, user, user + "@example.org")).json(200).path("id").asLong();
    }

    static boolean disabled(String user, long rule) {
        return fmn.as(user).get("users/" + user + "/rules/" + rule).json(200).path("disabled").asBoolean();
    }

    static String link(long rule, String owner) {
        return "unsubscribe?token=" + new UnsubscribeToken(rule, owner, Instant.now()).sign(key);
    }

    /** What a mail program sends for a one-click List-Unsubscribe (RFC 8058). */
    static Answer oneClick(String link) {
        return fmn.anonymous().send("POST", link, HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"),
                "Content-Type", "application/x-www-form-urlencoded");
    }

    @Test
    void getShowsWhatTheLinkDisablesAndChangesNothingThenPostDisablesAndSaysHowToUndo() {
        long rule = create("mira", "Builds <of> mine");
        String link = link(rule, "mira");

        Answer page = fmn.anonymous().get(link);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("Stop these notifications?", "“Builds &lt;of&gt; mine”", "<strong>mira</strong>",
                "<form method=\"post\"", "Disable this rule");
        assertThat(fmn.anonymous().get(link).status()).isEqualTo(200);
        assertThat(disabled("mira", rule)).isFalse();

        Answer done = oneClick(link);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("Rule disabled", "“Builds &lt;of&gt; mine”", "enable it", "/rules/" + rule);
        assertThat(disabled("mira", rule)).isTrue();
    }

    @Test
    void theSameLinkUsedAgainSaysTheRuleIsAlreadyDisabledAndLeavesItSo() {
        long rule = create("mira", "Twice");
        String link = link(rule, "mira");
        assertThat(oneClick(link).status()).isEqualTo(200);

        Answer again = oneClick(link);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("Rule already disabled", "“Twice”");
        assertThat(fmn.anonymous().get(link).body()).contains("Rule already disabled");
        assertThat(disabled("mira", rule)).isTrue();
    }

    @Test
    void aForgedLinkIsRefusedAndChangesNothing() {
        long rule = create("mira", "Forged at");
        String forged = "unsubscribe?token=" + new UnsubscribeToken(rule, "mira", Instant.now()).sign("not FMN's key".getBytes(StandardCharsets.UTF_8));

        Answer refused = oneClick(forged);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("text/html");
        assertThat(refused.body()).contains("This link does not work", "was not made by this Fedora Notifications");
        assertThat(fmn.anonymous().get(forged).status()).isEqualTo(403);
        assertThat(disabled("mira", rule)).isFalse();
    }

    @Test
    void anExpiredOrCutLinkIsRefusedSayingWhy() {
        long rule = create("mira", "Old");
        String stale = "unsubscribe?token=" + new UnsubscribeToken(rule, "mira", Instant.now().minus(Duration.ofDays(91))).sign(key);

        Answer expired = oneClick(stale);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body()).contains("has expired");
        Answer cut = oneClick(link(rule, "mira").substring(0, 30));
        assertThat(cut.status()).isEqualTo(400);
        assertThat(cut.body()).contains("not complete");
        assertThat(oneClick("unsubscribe").status()).isEqualTo(400);
        assertThat(disabled("mira", rule)).isFalse();
    }

    @Test
    void aLinkForARuleThatIsNotTheOwnersDisablesNothing() {
        long oskars = create("oskar", "Oskar's");

        Answer answer = oneClick(link(oskars, "mira"));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("no longer exists, or belongs to someone else");
        assertThat(disabled("oskar", oskars)).isFalse();
    }
}
