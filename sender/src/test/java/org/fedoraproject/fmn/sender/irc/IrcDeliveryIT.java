package org.fedoraproject.fmn.sender.irc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.DeliveryFailure;
import org.fedoraproject.fmn.sender.OutgoingNotification;
import org.fedoraproject.fmn.sender.chat.Notifications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IRC delivery against a real IRC server (ngircd) and a person's client on it. */
class IrcDeliveryIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Ngircd server;
    private final List<AutoCloseable> opened = new ArrayList<>();

    @BeforeEach
    void startServer() {
        Assumptions.assumeTrue(Ngircd.installed(), Ngircd.NOT_INSTALLED);
        server = Ngircd.start(dir);
    }

    @AfterEach
    void stopAll() throws Exception {
        for (AutoCloseable closeable : opened.reversed()) {
            closeable.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private IrcProperties settings() {
        return IrcProperties.of(server.url(), "fmn-bot")
                .withRate(50, 10)
                .withTimes(Duration.ofSeconds(5), Duration.ofMillis(200), Duration.ofSeconds(1));
    }

    private IrcDelivery delivery(IrcProperties settings) {
        IrcDelivery delivery = IrcDelivery.connect(settings);
        opened.add(delivery);
        return delivery;
    }

    private IrcTestClient person(String nick) {
        IrcTestClient client = IrcTestClient.connect(nick, server.port());
        opened.add(client);
        return client;
    }

    private static OutgoingNotification to(String nick, String id, String text) {
        return Notifications.chat(Protocol.IRC, id, nick, text);
    }

    @Test
    void theMessageReachesTheRecipientFromTheBotsNick() throws Exception {
        IrcTestClient alice = person("alice");
        IrcDelivery delivery = delivery(settings());

        delivery.deliver(to("alice", "n1", "[rawhide] firefox-120.0-1.fc40 built by bob"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(alice.messages())
                .extracting(IrcTestClient.Received::from, IrcTestClient.Received::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fmn-bot", "[rawhide] firefox-120.0-1.fc40 built by bob")));
    }

    @Test
    void aMessageLongerThanALineArrivesWholeInLinesCutBetweenWords() throws Exception {
        IrcTestClient alice = person("alice");
        IrcDelivery delivery = delivery(settings());
        String words = String.join(" ", IntStream.range(0, 200)
                .mapToObj(i -> i % 3 == 0 ? "café-" + i : i % 3 == 1 ? "🎉x" + i : "word" + i).toList());
        assertThat(words.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(3 * 512);

        delivery.deliver(to("alice", "n1", words));

        await().atMost(WAIT).untilAsserted(() -> assertThat(String.join(" ", alice.texts())).isEqualTo(words));
        assertThat(alice.messages()).hasSizeGreaterThan(3).allSatisfy(received ->
                // as the server passed it on, with its prefix and the final CR LF
                assertThat(received.rawLine().getBytes(StandardCharsets.UTF_8).length + 2).isLessThanOrEqualTo(512));
    }

    @Test
    void theBotReconnectsAfterTheServerRestartedAndDeliversAgain() throws Exception {
        IrcDelivery delivery = delivery(settings());
        try (IrcTestClient alice = IrcTestClient.connect("alice", server.port())) {
            delivery.deliver(to("alice", "n1", "before the restart"));
            await().atMost(WAIT).until(() -> alice.texts().contains("before the restart"));
        }

        server.stop();
        await().atMost(WAIT).until(() -> !delivery.connected());
        assertThatThrownBy(() -> delivery.deliver(to("alice", "n2", "while the server is down")))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> assertThat(failure.permanent()).isFalse());

        server.start();
        IrcTestClient alice = person("alice");
        await().atMost(WAIT).ignoreException(DeliveryFailure.class)
                .until(() -> {
                    delivery.deliver(to("alice", "n2", "after the restart"));
                    return true;
                });
        await().atMost(WAIT).untilAsserted(() -> assertThat(alice.texts()).containsExactly("after the restart"));
        assertThat(delivery.connectionsMade()).isEqualTo(2);
    }

    /**
     * ngircd passes a client's lines on at 3 a second once a short burst is spent, and holds the
     * rest back; the bot is paced to that, so the whole flood takes some three minutes.
     */
    @Test
    void aFloodOf500MessagesArrivesWholeAndInOrderWithoutTheServerDroppingTheBot() throws Exception {
        IrcTestClient alice = person("alice");
        IrcDelivery delivery = delivery(settings().withRate(3, 20));
        List<String> sent = IntStream.rangeClosed(1, 500).mapToObj(i -> "notification " + i + " of 500").toList();

        for (int i = 0; i < sent.size(); i++) {
            delivery.deliver(to("alice", "n" + i, sent.get(i)));
        }

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(alice.texts()).hasSize(500));
        assertThat(alice.texts()).containsExactlyElementsOf(sent);
        assertThat(delivery.connectionsMade()).as("connections made: the server never dropped the bot").isEqualTo(1);
        assertThat(server.log()).doesNotContainIgnoringCase("flood");
    }

    @Test
    void aStandbyTakesTheNickOverWhenTheActiveDeliveryIsClosed() throws Exception {
        IrcTestClient alice = person("alice");
        IrcDelivery active = delivery(settings());
        IrcDelivery standby = delivery(settings());
        active.deliver(to("alice", "n1", "from the active instance"));

        assertThatThrownBy(() -> standby.deliver(to("alice", "n2", "from the standby, too early")))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
                    assertThat(failure.permanent()).isFalse();
                    assertThat(failure.getMessage()).contains("refused the nick fmn-bot");
                });

        active.close();
        await().atMost(WAIT).ignoreException(DeliveryFailure.class)
                .until(() -> {
                    standby.deliver(to("alice", "n2", "from the standby"));
                    return true;
                });

        await().atMost(WAIT).untilAsserted(() -> assertThat(alice.messages())
                .extracting(IrcTestClient.Received::from, IrcTestClient.Received::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("fmn-bot", "from the active instance"),
                        org.assertj.core.groups.Tuple.tuple("fmn-bot", "from the standby")));
    }

    @Test
    void aDeliveryClosedWhileWaitingToReconnectStaysGoneAndLeavesTheNickToTheStandby() throws Exception {
        IrcDelivery active = delivery(settings());
        active.deliver(to("fmn-bot", "n1", "connected"));
        server.stop();
        await().atMost(WAIT).until(() -> !active.connected());
        active.close();

        server.start();
        IrcTestClient alice = person("alice");
        IrcDelivery standby = delivery(settings());
        await().atMost(WAIT).ignoreException(DeliveryFailure.class)
                .until(() -> {
                    standby.deliver(to("alice", "n2", "from the standby"));
                    return true;
                });
        await().atMost(WAIT).untilAsserted(() -> assertThat(alice.texts()).containsExactly("from the standby"));
        assertThat(active.connectionsMade()).isEqualTo(1);
        assertThat(active.connected()).isFalse();
    }

    @Test
    void nickServIdentificationSendsTheAccountAndPasswordToNickServ() throws Exception {
        IrcTestClient nickServ = person("NickServ");
        IrcDelivery delivery = delivery(settings().withIdentification(Identification.NICKSERV, "s3cret pass"));
        IrcTestClient alice = person("alice");

        delivery.deliver(to("alice", "n1", "hello"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(nickServ.texts()).containsExactly("IDENTIFY fmn-bot s3cret pass"));
        await().atMost(WAIT).until(() -> alice.texts().contains("hello"));
    }

    @Test
    void aNickThatIsNoNickIsRefusedForGoodWithoutConnecting() {
        IrcDelivery delivery = delivery(settings());

        assertThatThrownBy(() -> delivery.deliver(to("alice :evil\r\nQUIT", "n1", "hello")))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> assertThat(failure.permanent()).isTrue());
        assertThat(delivery.connectionsMade()).isZero();
    }
}
