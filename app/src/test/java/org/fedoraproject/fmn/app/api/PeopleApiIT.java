package org.fedoraproject.fmn.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.fedoraproject.fmn.app.api.RunningFmn.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** {@code /api/v1/users...}: the caller, and what the account system says about any account. */
class PeopleApiIT {

    @TempDir
    static Path dataDir;

    static RunningFmn fmn;

    @BeforeAll
    static void start() {
        fmn = RunningFmn.start(dataDir);
    }

    @AfterAll
    static void stop() {
        if (fmn != null) {
            fmn.close();
        }
    }

    @Test
    void usersMeRecordsTheCallerAsAnFmnUserOnTheFirstCall() {
        assertThat(fmn.as("vera").get("admin/users?search=lena").json(200)).isEmpty();

        JsonNode first = fmn.as("lena").get("users/me").json(200);
        JsonNode second = fmn.as("lena").get("users/me").json(200);

        assertThat(first.path("name").asString()).isEqualTo("lena");
        assertThat(first.path("is_admin").asBoolean()).isFalse();
        assertThat(first.path("id").isIntegralNumber()).isTrue();
        assertThat(second).isEqualTo(first);
        JsonNode recorded = fmn.as("vera").get("admin/users?search=lena").json(200);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).path("id").asLong()).isEqualTo(first.path("id").asLong());
        assertThat(recorded.get(0).path("name").asString()).isEqualTo("lena");
    }

    @Test
    void usersMeSaysWhetherTheCallerIsAnAdmin() {
        assertThat(fmn.as("vera").get("users/me").json(200).path("is_admin").asBoolean()).isTrue();
        assertThat(fmn.as("mira").get("users/me").json(200).path("is_admin").asBoolean()).isFalse();
    }

    @Test
    void userSearchAnswersAccountNamesContainingTheTextWithOrWithoutAToken() {
        Answer anonymous = fmn.anonymous().get("users?search=o");
        Answer withToken = fmn.as("mira").get("users?search=o");

        assertThat(anonymous.json(200).toString()).isEqualTo("[\"oskar\",\"tomas\"]");
        assertThat(withToken.json(200)).isEqualTo(anonymous.json());
        assertThat(fmn.anonymous().get("users?search=nobody-has-this").json(200)).isEmpty();
    }

    @Test
    void userSearchWithoutTextAnswersTheCallersOwnNameOrNothing() {
        assertThat(fmn.as("mira").get("users").json(200).toString()).isEqualTo("[\"mira\"]");
        assertThat(fmn.as("mira").get("users?search=").json(200).toString()).isEqualTo("[\"mira\"]");
        assertThat(fmn.anonymous().get("users").json(200)).isEmpty();
    }

    @Test
    void infoShowsTheAccountAsFasjsonDoes() {
        assertThat(fmn.anonymous().get("users/mira/info").json(200).toString())
                .isEqualTo("{\"username\":\"mira\",\"emails\":[\"mira@example.org\"],\"ircnicks\":[\"matrix://fedora.im/mira\"]}");
        assertThat(fmn.as("mira").get("users/oskar/info").json(200).path("ircnicks").toString()).isEqualTo("[\"irc:/oskar\"]");
    }

    @Test
    void infoOfAnUnknownAccountIsJsonNull() {
        Answer unknown = fmn.anonymous().get("users/nobody/info");

        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.header("Content-Type")).startsWith("application/json");
        assertThat(unknown.body()).isEqualTo("null");
    }

    @Test
    void groupsListsTheAccountsGroupsSorted() {
        assertThat(fmn.anonymous().get("users/mira/groups").json(200).toString()).isEqualTo("[\"kde-sig\",\"packager\"]");
        assertThat(fmn.anonymous().get("users/nobody/groups").json(200)).isEmpty();
    }

    @Test
    void destinationsListEveryEmailAddressThenEveryChatAccount() {
        assertThat(fmn.anonymous().get("users/oskar/destinations").json(200).toString()).isEqualTo(
                "[{\"protocol\":\"email\",\"address\":\"oskar@example.org\"},"
                        + "{\"protocol\":\"email\",\"address\":\"oskar@work.example.com\"},"
                        + "{\"protocol\":\"irc\",\"address\":\"oskar\"}]");
        assertThat(fmn.as("mira").get("users/mira/destinations").json(200).toString()).isEqualTo(
                "[{\"protocol\":\"email\",\"address\":\"mira@example.org\"},"
                        + "{\"protocol\":\"matrix\",\"address\":\"@mira:fedora.im\"}]");
        assertThat(fmn.anonymous().get("users/nobody/destinations").json(200)).isEmpty();
    }
}
