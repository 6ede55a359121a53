package org.fedoraproject.fmn.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** RabbitMQ's queue arguments in each broker's terms. */
class BrokerDialectTest {

    private static final Map<String, Object> CONSUMER_QUEUE = Map.of("x-queue-type", "quorum",
            "x-dead-letter-exchange", "fmn.dead", "x-delivery-limit", 5, "x-single-active-consumer", true);

    @Test
    void rabbitMqTakesThemAsTheyAre() {
        assertThat(BrokerDialect.RABBITMQ.queueArguments(CONSUMER_QUEUE)).isEqualTo(CONSUMER_QUEUE);
    }

    @Test
    void qpidGetsItsOwnNames() {
        assertThat(BrokerDialect.QPID.queueArguments(CONSUMER_QUEUE)).isEqualTo(Map.of("alternateExchange", "fmn.dead",
                "x-qpid-maximum-delivery-count", 5, "x-single-active-consumer", true));
    }

    @Test
    void qpidRefusesWhatItHasNoEquivalentOf() {
        assertThatThrownBy(() -> BrokerDialect.QPID.queueArguments(Map.of("x-dead-letter-routing-key", "dead")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x-dead-letter-routing-key");
        // Qpid answers a queue declared with it by closing the connection: refused here, named.
        assertThatThrownBy(() -> BrokerDialect.QPID.queueArguments(Map.of("x-message-ttl", 1000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x-message-ttl");
        assertThat(BrokerDialect.QPID.expiresIntoDeadLetters()).isFalse();
        assertThat(BrokerDialect.RABBITMQ.expiresIntoDeadLetters()).isTrue();
    }
}
