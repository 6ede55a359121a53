package org.fedoraproject.fmn.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** What FMN keeps in its data folder outlives FMN: stopped and started again on it, it has the same users and rules. */
class RestartIT {

    @TempDir
    Path dataDir;

    @Test
    void aRuleCreatedOverHttpIsThereAfterARestartOnTheSameDataFolder() {
        JsonNode me;
        JsonNode created;
        try (RunningFmn fmn = RunningFmn.start(dataDir)) {
            me = fmn.as("mira").get("users/me").json(200);
            created = fmn.as("mira").post("users/mira/rules", RuleBodies.packages("Kept", "mira", "mira@example.org")).json(200);
        }

        try (RunningFmn again = RunningFmn.start(dataDir)) {
            // tokens live in the provider's memory: the second run logs mira in anew
            assertThat(again.as("mira").get("users/me").json(200)).isEqualTo(me);
            assertThat(again.as("mira").get("users/mira/rules").json(200)).containsExactly(created);
            assertThat(again.as("mira").get("users/mira/rules/" + created.path("id").asLong()).json(200)).isEqualTo(created);
        }
    }
}
