package org.fedoraproject.fmn.app.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.fedoraproject.fmn.app.Fmn;
import org.fedoraproject.fmn.consumer.MessageConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.node.ObjectNode;

/**
 * {@code fmn serve} as a newcomer runs it, every part in one process on its embedded broker: a
 * rule created through the API, bus messages played with {@code fmn replay}, and the
 * notifications they make as a mail in {@code data/outbox/} and a line in {@code data/chat.log}.
 */
class ServeEndToEndIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path dataDir;

    static RunningFmn fmn;

    @BeforeAll
    static void start() {
        // Only the replayed messages, not the demo stream's, so that what arrives is known.
        fmn = RunningFmn.start(dataDir, "--fmn.demo.stream.enabled=false");
        await().atMost(PATIENCE).until(() -> fmn.context().getBean(MessageConsumer.class).ready());
    }

    @AfterAll
    static void stop() {
        if (fmn != null) {
            fmn.close();
        }
    }

    @Test
    void aRuleMadeThroughTheApiTurnsReplayedMessagesIntoAMailAndAChatLine() throws IOException {
        ObjectNode rule = RuleBodies.miraPackagesByEmailAndMatrix();
        long id = fmn.as("mira").post("users/mira/rules", rule).json(200).path("id").asLong();
        MessageConsumer consumer = fmn.context().getBean(MessageConsumer.class);
        await().atMost(PATIENCE).until(() -> consumer.rules().index().orElseThrow().rule(id).isPresent());

        StringWriter err = new StringWriter();
        int status = Fmn.commandLine().setErr(new PrintWriter(err))
                .execute("replay", Path.of("..", "demo", "messages.jsonl").toString(), "--data-dir", dataDir.toString());
        assertThat(status).as("fmn replay: %s", err).isZero();

        Path outbox = dataDir.resolve("outbox");
        await().atMost(PATIENCE).until(() -> Outbox.mails(outbox).stream().anyMatch(mail -> mail.contains("To: mira@example.org")));
        String mail = Outbox.mails(outbox).stream().filter(m -> m.contains("To: mira@example.org")).findFirst().orElseThrow();
        assertThat(mail).contains("X-Fedora-Messaging-Rule: " + id, "/api/v1/unsubscribe?token=", "tuxpaint");
        Path chatLog = dataDir.resolve("chat.log");
        await().atMost(PATIENCE).until(() -> Files.exists(chatLog)
                && Files.readString(chatLog, UTF_8).contains(" matrix @mira:fedora.im "));
    }

}
