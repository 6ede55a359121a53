package org.fedoraproject.fmn.sender.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.fedoraproject.fmn.bus.BrokerDialect;
import org.fedoraproject.fmn.bus.ConnectionFactories;
import org.fedoraproject.fmn.bus.embedded.EmbeddedBroker;
import org.fedoraproject.fmn.notification.NotificationContent;
import org.fedoraproject.fmn.notification.SendQueue;
import org.fedoraproject.fmn.notification.SendQueueJson;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.Delivery;
import org.fedoraproject.fmn.sender.DeliveryFailure;
import org.fedoraproject.fmn.sender.OutgoingNotification;
import org.fedoraproject.fmn.sender.delivered.FileDeliveredIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The senders on the embedded broker of {@code fmn serve} (Qpid), whose queues cannot expire
 * messages into another: a notification whose delivery fails for now waits in its own queue and
 * is delivered once, when it may be tried again.
 */
class EmbeddedBrokerTopologyIT {

    @TempDir
    Path dir;

    @Test
    void aNotificationThatFailedForNowIsDeliveredOnceLaterOnTheEmbeddedBroker() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(dir.resolve("broker"), 0)) {
            CachingConnectionFactory connections = ConnectionFactories.create(broker.connectionSettings(), false);
            connections.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.SIMPLE);
            var delivered = new FileDeliveredIds(dir.resolve("delivered-ids"), Duration.ofDays(1), Clock.systemUTC());
            try {
                assertThat(BrokerDialect.of(connections)).isEqualTo(BrokerDialect.QPID);
                AtomicInteger attempts = new AtomicInteger();
                List<String> sent = new CopyOnWriteArrayList<>();
                Delivery flaky = new Delivery() {
                    @Override
                    public Protocol protocol() {
                        return Protocol.IRC;
                    }

                    @Override
                    public void deliver(OutgoingNotification notification) throws DeliveryFailure {
                        if (attempts.incrementAndGet() == 1) {
                            throw DeliveryFailure.temporary("the server is restarting", null);
                        }
                        sent.add(notification.id());
                    }
                };
                var retries = new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(2), 5);
                var topology = new QueueTopology(new SendQueueNames("", Protocol.IRC), Map.of("x-queue-type", "classic"), true);
                RabbitTemplate rabbit = new RabbitTemplate(connections);
                var listener = new SendQueueListener(flaky, topology, retries, Optional.empty(), delivered,
                        new SenderMetrics(new SimpleMeterRegistry(), Protocol.IRC), rabbit, Clock.systemUTC());
                var sender = new ProtocolSender(connections, flaky, topology, retries, listener, 1, Duration.ofSeconds(10));
                sender.start();
                try {
                    MessageProperties properties = new MessageProperties();
                    properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
                    properties.setHeader(SendQueue.NOTIFICATION_ID, "n-1");
                    rabbit.send(SendQueue.EXCHANGE, "send.irc",
                            new Message(SendQueueJson.toBytes(new NotificationContent.Chat("mira", "hi")), properties));

                    await().atMost(Duration.ofSeconds(30)).until(() -> sent.size() == 1);
                    Thread.sleep(1000);
                    assertThat(sent).containsExactly("n-1");
                    assertThat(attempts.get()).isEqualTo(2);
                } finally {
                    sender.close();
                }
            } finally {
                delivered.close();
                connections.destroy();
            }
        }
    }
}
