package org.fedoraproject.fmn.sender.irc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.DeliveryFailure;
import org.fedoraproject.fmn.sender.chat.Notifications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.AMQP;

/**
 * The standby on a single-active-consumer queue (RabbitMQ) and the IRC nick (ngircd): two
 * instances, each a consumer with its own IRC delivery under the same nick; when the active one
 * dies, the broker hands the queue to the standby, which gets the nick and goes on. The
 * consumers here are this test's own, only to drive the deliveries as a queue would.
 */
class IrcStandbyIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final String queue = "fmn.test.irc-standby." + UUID.randomUUID();
    private Connection rabbit;
    private Ngircd server;

    @AfterEach
    void cleanUp() throws Exception {
        if (rabbit != null) {
            try (Channel channel = rabbit.createChannel()) {
                channel.queueDelete(queue);
            }
            rabbit.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** One FMN instance: a consumer that delivers each message to IRC and acks it after. */
    private final class Instance {
        final Channel channel;
        final IrcDelivery delivery;

        Instance(IrcProperties settings, int dieAfter) throws IOException {
            channel = rabbit.createChannel();
            channel.basicQos(1);
            delivery = IrcDelivery.connect(settings);
            channel.basicConsume(queue, false, new DefaultConsumer(channel) {
                private int delivered;

                @Override
                public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body)
                        throws IOException {
                    String text = new String(body, StandardCharsets.UTF_8);
                    try {
                        delivery.deliver(Notifications.chat(Protocol.IRC, text, "alice", text));
                        channel.basicAck(envelope.getDeliveryTag(), false);
                        if (++delivered == dieAfter) {
                            die();
                        }
                    } catch (DeliveryFailure failure) {
                        channel.basicNack(envelope.getDeliveryTag(), false, true);
                    }
                }
            });
        }

        void die() {
            delivery.close();
            new Thread(() -> {
                try {
                    channel.close();
                } catch (Exception e) {
                    // already gone
                }
            }).start();
        }
    }

    @Test
    void whenTheActiveInstanceDiesTheStandbyTakesTheQueueAndTheNickAndDeliversTheRest() throws Exception {
        Assumptions.assumeTrue(Ngircd.installed(), Ngircd.NOT_INSTALLED);
        Assumptions.assumeTrue(rabbitRunning(), "RabbitMQ is not running on 127.0.0.1:5672: standby test skipped");
        server = Ngircd.start(dir);
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri("amqp://guest:guest@127.0.0.1:5672/%2F");
        rabbit = factory.newConnection("fmn-irc-standby-test");
        try (Channel setup = rabbit.createChannel()) {
            setup.queueDeclare(queue, false, false, false, Map.of("x-single-active-consumer", true));
        }
        IrcTestClient alice = IrcTestClient.connect("alice", server.port());
        IrcProperties settings = IrcProperties.of(server.url(), "fmn-bot")
                .withRate(20, 10)
                .withTimes(Duration.ofSeconds(2), Duration.ofMillis(200), Duration.ofSeconds(1));

        Instance active = new Instance(settings, 10);
        Instance standby = new Instance(settings, -1);
        List<String> sent = IntStream.rangeClosed(1, 20).mapToObj(i -> "notification " + i).toList();
        try (Channel publisher = rabbit.createChannel()) {
            for (String text : sent) {
                publisher.basicPublish("", queue, null, text.getBytes(StandardCharsets.UTF_8));
            }
        }

        try {
            await().atMost(WAIT).untilAsserted(() -> assertThat(alice.texts()).hasSize(20));
            assertThat(alice.texts()).containsExactlyElementsOf(sent);
            assertThat(alice.messages()).allSatisfy(message -> assertThat(message.from()).isEqualTo("fmn-bot"));
            assertThat(active.delivery.connectionsMade()).isEqualTo(1);
            assertThat(standby.delivery.connectionsMade()).isEqualTo(1);
        } finally {
            standby.die();
            alice.close();
        }
    }

    private static boolean rabbitRunning() {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), 5672)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
