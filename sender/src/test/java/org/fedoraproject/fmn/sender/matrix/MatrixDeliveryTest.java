package org.fedoraproject.fmn.sender.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.DeliveryFailure;
import org.fedoraproject.fmn.sender.OutgoingNotification;
import org.fedoraproject.fmn.sender.chat.Notifications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Matrix delivery against a homeserver double speaking the client-server API on loopback. */
class MatrixDeliveryTest {

    private static final String BOB = "@bob:fmn.test";
    private static final String CAROL = "@carol:fmn.test";

    private final HomeserverDouble homeserver = new HomeserverDouble(Set.of(BOB, CAROL));
    private final MatrixDelivery delivery = MatrixDelivery.connect(
            MatrixProperties.of(homeserver.url(), HomeserverDouble.BOT, HomeserverDouble.TOKEN));

    @AfterEach
    void close() {
        delivery.close();
        homeserver.close();
    }

    private static OutgoingNotification to(String user, String id, String text) {
        return Notifications.chat(Protocol.MATRIX, id, user, text);
    }

    private static DeliveryFailure failure(Throwable thrown) {
        return (DeliveryFailure) thrown;
    }

    @Test
    void theFirstMessageCreatesADirectRoomInvitingTheRecipientRecordsItAndSendsInIt() throws Exception {
        delivery.deliver(to(BOB, "n1", "bob's PR #3 was merged"));

        assertThat(homeserver.requests("POST", "/createRoom")).singleElement().satisfies(request -> {
            assertThat(request.body().path("is_direct").asBoolean()).isTrue();
            assertThat(request.body().path("invite")).containsExactly(Json.MAPPER.getNodeFactory().stringNode(BOB));
        });
        assertThat(homeserver.accountData("m.direct")).isEqualTo(Json.MAPPER.readTree("{\"" + BOB + "\": [\"!room1:fmn.test\"]}"));
        assertThat(homeserver.events()).singleElement().satisfies(event -> {
            assertThat(event.room()).isEqualTo("!room1:fmn.test");
            assertThat(event.type()).isEqualTo("m.room.message");
            assertThat(event.content()).isEqualTo(Json.MAPPER.readTree(
                    "{\"msgtype\": \"m.text\", \"body\": \"bob's PR #3 was merged\"}"));
        });
    }

    @Test
    void laterMessagesReuseTheRoomWithoutAskingAgain() throws Exception {
        delivery.deliver(to(BOB, "n1", "one"));
        delivery.deliver(to(BOB, "n2", "two"));
        delivery.deliver(to(CAROL, "n3", "three"));

        assertThat(homeserver.requests("POST", "/createRoom")).hasSize(2);
        assertThat(homeserver.requests("GET", "/joined_rooms")).hasSize(1);
        assertThat(homeserver.events()).extracting(HomeserverDouble.Event::room)
                .containsExactly("!room1:fmn.test", "!room1:fmn.test", "!room2:fmn.test");
        assertThat(homeserver.accountData("m.direct")).isEqualTo(Json.MAPPER.readTree(
                "{\"" + BOB + "\": [\"!room1:fmn.test\"], \"" + CAROL + "\": [\"!room2:fmn.test\"]}"));
    }

    @Test
    void aDirectRoomAlreadyInMDirectIsUsedWhenTheBotIsStillInIt() throws Exception {
        homeserver.accountData("m.direct", "{\"" + BOB + "\": [\"!left:fmn.test\", \"!old:fmn.test\"]}");
        homeserver.joined("!old:fmn.test");

        delivery.deliver(to(BOB, "n1", "hello again"));

        assertThat(homeserver.requests("POST", "/createRoom")).isEmpty();
        assertThat(homeserver.events()).extracting(HomeserverDouble.Event::room).containsExactly("!old:fmn.test");
    }

    @Test
    void recordingANewRoomKeepsWhatMDirectHeldForOthers() throws Exception {
        homeserver.accountData("m.direct", "{\"" + CAROL + "\": [\"!carol:fmn.test\"], \"" + BOB + "\": [\"!gone:fmn.test\"]}");

        delivery.deliver(to(BOB, "n1", "hello"));

        assertThat(homeserver.accountData("m.direct")).isEqualTo(Json.MAPPER.readTree(
                "{\"" + CAROL + "\": [\"!carol:fmn.test\"], \"" + BOB + "\": [\"!room1:fmn.test\", \"!gone:fmn.test\"]}"));
    }

    @Test
    void aRetryAfterALostAnswerUsesTheSameTransactionIdSoTheMessageIsPostedOnce() throws Exception {
        delivery.deliver(to(BOB, "n0", "first"));
        homeserver.loseAnswerOfNext("/send/", 502);

        assertThatThrownBy(() -> delivery.deliver(to(BOB, "n1", "only once")))
                .satisfies(thrown -> assertThat(failure(thrown).permanent()).isFalse());
        delivery.deliver(to(BOB, "n1", "only once"));

        assertThat(homeserver.events()).extracting(event -> event.content().path("body").asString())
                .containsExactly("first", "only once");
        List<HomeserverDouble.Request> sends = homeserver.requests("PUT", "/send/");
        assertThat(sends).hasSize(3);
        assertThat(sends.get(1).path()).isEqualTo(sends.get(2).path()).isNotEqualTo(sends.get(0).path());
    }

    @Test
    void tooManyRequestsAsksToWaitWhatTheHomeserverSaid() {
        homeserver.failNext("/createRoom", 429,
                "{\"errcode\": \"M_LIMIT_EXCEEDED\", \"error\": \"Too many requests\", \"retry_after_ms\": 2000}");

        assertThatThrownBy(() -> delivery.deliver(to(BOB, "n1", "hello"))).satisfies(thrown -> {
            assertThat(failure(thrown).permanent()).isFalse();
            assertThat(failure(thrown).retryAfter()).contains(Duration.ofMillis(2000));
            assertThat(thrown.getMessage()).contains("429 M_LIMIT_EXCEEDED");
        });
        assertThat(homeserver.events()).isEmpty();
    }

    @Test
    void aServerErrorIsTemporaryAndTheNextTryDelivers() throws Exception {
        homeserver.failNext("/send/", 500, HomeserverDouble.error("M_UNKNOWN", "Internal server error"));

        assertThatThrownBy(() -> delivery.deliver(to(BOB, "n1", "hello")))
                .satisfies(thrown -> {
                    assertThat(failure(thrown).permanent()).isFalse();
                    assertThat(failure(thrown).retryAfter()).isEmpty();
                });
        delivery.deliver(to(BOB, "n1", "hello"));

        assertThat(homeserver.events()).hasSize(1);
        assertThat(homeserver.requests("POST", "/createRoom")).hasSize(1);
    }

    @Test
    void anUnknownRecipientIsRefusedForGood() {
        assertThatThrownBy(() -> delivery.deliver(to("@nobody:fmn.test", "n1", "hello")))
                .satisfies(thrown -> {
                    assertThat(failure(thrown).permanent()).isTrue();
                    assertThat(thrown.getMessage()).contains("404 M_NOT_FOUND");
                });
        assertThat(homeserver.events()).isEmpty();
    }

    @Test
    void anAddressThatIsNoMatrixIdIsRefusedForGoodWithoutAsking() {
        assertThatThrownBy(() -> delivery.deliver(to("bob", "n1", "hello")))
                .satisfies(thrown -> assertThat(failure(thrown).permanent()).isTrue());
        assertThat(homeserver.requests("GET", "/")).isEmpty();
    }

    @Test
    void aRoomTheBotWasRemovedFromIsReplacedByANewOne() throws Exception {
        delivery.deliver(to(BOB, "n1", "one"));
        homeserver.leave("!room1:fmn.test");

        assertThatThrownBy(() -> delivery.deliver(to(BOB, "n2", "two")))
                .satisfies(thrown -> assertThat(failure(thrown).permanent()).isFalse());
        delivery.deliver(to(BOB, "n2", "two"));

        assertThat(homeserver.events()).extracting(HomeserverDouble.Event::room)
                .containsExactly("!room1:fmn.test", "!room2:fmn.test");
    }

    @Test
    void aWrongAccessTokenIsTemporarySoNotificationsWaitForTheOperator() {
        try (MatrixDelivery wrongToken = MatrixDelivery.connect(
                MatrixProperties.of(homeserver.url(), HomeserverDouble.BOT, "not-the-token"))) {
            assertThatThrownBy(() -> wrongToken.deliver(to(BOB, "n1", "hello")))
                    .satisfies(thrown -> {
                        assertThat(failure(thrown).permanent()).isFalse();
                        assertThat(thrown.getMessage()).contains("401 M_UNKNOWN_TOKEN");
                    });
        }
    }

    @Test
    void anUnreachableHomeserverIsTemporary() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (MatrixDelivery unreachable = MatrixDelivery.connect(MatrixProperties.of(
                URI.create("http://127.0.0.1:" + closedPort), HomeserverDouble.BOT, HomeserverDouble.TOKEN))) {
            assertThatThrownBy(() -> unreachable.deliver(to(BOB, "n1", "hello")))
                    .satisfies(thrown -> assertThat(failure(thrown).permanent()).isFalse());
        }
    }

    @Test
    void transactionIdsAreStablePerNotificationAndSafeInAPath() {
        assertThat(MatrixDelivery.transactionId("a/b c?#"))
                .isEqualTo(MatrixDelivery.transactionId("a/b c?#"))
                .isNotEqualTo(MatrixDelivery.transactionId("a/b c?"))
                .matches("fmn-[0-9a-f]{32}");
    }
}
