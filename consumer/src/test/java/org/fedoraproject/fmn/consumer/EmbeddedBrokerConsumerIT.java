package org.fedoraproject.fmn.consumer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fedoraproject.fmn.bus.ConnectionFactories;
import org.fedoraproject.fmn.bus.embedded.EmbeddedBroker;
import org.fedoraproject.fmn.message.AmqpMessage;
import org.fedoraproject.fmn.message.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;

/**
 * The consumer on the embedded broker of {@code fmn serve} (Apache Qpid Broker-J), which
 * names some queue arguments differently from RabbitMQ: the same notifications as on RabbitMQ,
 * and unreadable messages in the dead-letter queue.
 */
class EmbeddedBrokerConsumerIT {

    @TempDir
    Path dataDir;

    @TempDir
    Path brokerDir;

    EmbeddedBroker broker;
    CachingConnectionFactory connections;
    ConsumerHarness world;

    @BeforeEach
    void start() throws Exception {
        broker = EmbeddedBroker.start(brokerDir, 0);
        connections = ConnectionFactories.create(broker.connectionSettings(), false);
        world = new ConsumerHarness(dataDir, true, connections.getRabbitConnectionFactory());
    }

    @AfterEach
    void stop() throws Exception {
        if (world != null) {
            world.close();
        }
        if (connections != null) {
            connections.destroy();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void theDemoMessagesMakeTheSameNotificationsAndPoisonIsDeadLettered() throws Exception {
        List<Message> good = ConsumerHarness.stream(10);
        List<ConsumerHarness.Expected> expected = world.expected(good);
        MessageConsumer consumer = world.consumer(connections.getRabbitConnectionFactory());
        consumer.start();
        await().atMost(Duration.ofSeconds(60)).until(consumer::ready);

        world.publish(good.subList(0, 5));
        world.publish(new AmqpMessage("org.fedoraproject.prod.bodhi.update.comment", UUID.randomUUID().toString(),
                "application/json", null, 2, null, Map.of(), "not json".getBytes(UTF_8)));
        world.publish(good.subList(5, 10));

        world.awaitThat(() -> world.received.size() >= expected.size() && world.deadLetters() == 1);
        assertThat(world.receivedAsExpected()).containsExactlyInAnyOrderElementsOf(expected);
    }
}
