package org.fedoraproject.fmn.sender.irc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.DeliveryFailure;
import org.fedoraproject.fmn.sender.chat.Notifications;
import org.junit.jupiter.api.Test;

/** SASL PLAIN identification, against a server double that offers it (ngircd does not). */
class IrcSaslTest {

    private static IrcProperties settings(SaslServerDouble server, String password) {
        return IrcProperties.of(server.url(), "fmn-bot")
                .withIdentification(Identification.SASL, password)
                .withTimes(Duration.ofSeconds(5), Duration.ofMillis(200), Duration.ofSeconds(1));
    }

    @Test
    void theBotLogsInWithItsAccountBeforeItIsWelcomedAndThenSends() throws Exception {
        try (SaslServerDouble server = new SaslServerDouble("fmn-bot", "s3cret");
                IrcDelivery delivery = IrcDelivery.connect(settings(server, "s3cret"))) {
            delivery.deliver(Notifications.chat(Protocol.IRC, "n1", "alice", "hello"));

            assertThat(server.offered()).containsExactly("fmn-bot/fmn-bot/s3cret");
            assertThat(delivery.connectionsMade()).isEqualTo(1);
        }
    }

    @Test
    void aRefusedLoginIsATemporaryFailureSayingWhyAndTheBotDoesNotSendUnidentified() throws Exception {
        try (SaslServerDouble server = new SaslServerDouble("fmn-bot", "s3cret");
                IrcDelivery delivery = IrcDelivery.connect(settings(server, "wrong"))) {
            assertThatThrownBy(() -> delivery.deliver(Notifications.chat(Protocol.IRC, "n1", "alice", "hello")))
                    .isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
                        assertThat(failure.permanent()).isFalse();
                        assertThat(failure.getMessage()).contains("SASL identification as fmn-bot failed");
                    });
            assertThat(delivery.connectionsMade()).isZero();
        }
    }
}
