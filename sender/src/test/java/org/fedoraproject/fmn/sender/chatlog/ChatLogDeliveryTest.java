package org.fedoraproject.fmn.sender.chatlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.fedoraproject.fmn.notification.NotificationContent;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.DeliveryFailure;
import org.fedoraproject.fmn.sender.OutgoingNotification;
import org.fedoraproject.fmn.sender.chat.Notifications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatLogDeliveryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T01:10:22.345Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void eachNotificationIsOneLineWithTimeProtocolAddressAndText() throws Exception {
        Path file = dataDir.resolve("data").resolve(ChatLog.FILE_NAME);
        try (ChatLog log = new ChatLog(file, CLOCK)) {
            new ChatLogDelivery(Protocol.IRC, log).deliver(
                    Notifications.chat(Protocol.IRC, "n1", "alice", "[rawhide] firefox-120.0-1.fc40 built"));
            new ChatLogDelivery(Protocol.MATRIX, log).deliver(
                    Notifications.chat(Protocol.MATRIX, "n2", "@bob:fedora.im", "bob's PR #3 was merged"));
        }

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly(
                "2026-12-02T01:10:22Z irc alice [rawhide] firefox-120.0-1.fc40 built",
                "2026-12-02T01:10:22Z matrix @bob:fedora.im bob's PR #3 was merged");
    }

    @Test
    void lineBreaksInTheTextAreEscapedSoAMessageStaysOneLine() throws Exception {
        Path file = dataDir.resolve(ChatLog.FILE_NAME);
        try (ChatLog log = new ChatLog(file, CLOCK)) {
            new ChatLogDelivery(Protocol.IRC, log).deliver(
                    Notifications.chat(Protocol.IRC, "n1", "alice", "first\nsecond\r\nthird\tC:\\dir \u2028 é"));
        }

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly(
                "2026-12-02T01:10:22Z irc alice first\\nsecond\\r\\nthird\\tC:\\\\dir \\u2028 é");
    }

    @Test
    void linesAreAppendedToWhatTheFileHeld() throws Exception {
        Path file = dataDir.resolve(ChatLog.FILE_NAME);
        Files.writeString(file, "earlier line\n");
        try (ChatLog log = new ChatLog(file, CLOCK)) {
            new ChatLogDelivery(Protocol.IRC, log).deliver(Notifications.chat(Protocol.IRC, "n1", "alice", "hello"));
        }

        assertThat(Files.readAllLines(file)).containsExactly("earlier line", "2026-12-02T01:10:22Z irc alice hello");
    }

    @Test
    void anEmailOnAChatQueueIsRefusedForGood() {
        OutgoingNotification email = new OutgoingNotification("n1", Protocol.IRC,
                new NotificationContent.Email(Map.of("To", "a@example.org"), "body", "footer"),
                Optional.empty(), Optional.empty(), Instant.EPOCH);
        try (ChatLog log = new ChatLog(dataDir.resolve(ChatLog.FILE_NAME), CLOCK)) {
            assertThatThrownBy(() -> new ChatLogDelivery(Protocol.IRC, log).deliver(email))
                    .isInstanceOfSatisfying(DeliveryFailure.class, failure -> assertThat(failure.permanent()).isTrue());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(dataDir.resolve(ChatLog.FILE_NAME)).doesNotExist();
    }

    @Test
    void anUnwritableFileIsATemporaryFailure() throws Exception {
        Path notADirectory = dataDir.resolve("file");
        Files.writeString(notADirectory, "");
        try (ChatLog log = new ChatLog(notADirectory.resolve(ChatLog.FILE_NAME), CLOCK)) {
            assertThatThrownBy(() -> new ChatLogDelivery(Protocol.MATRIX, log)
                    .deliver(Notifications.chat(Protocol.MATRIX, "n1", "@a:b", "hi")))
                    .isInstanceOfSatisfying(DeliveryFailure.class, failure -> assertThat(failure.permanent()).isFalse());
        }
    }
}
