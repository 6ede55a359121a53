package org.fedoraproject.fmn.sender.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.fedoraproject.fmn.notification.NotificationContent;
import org.fedoraproject.fmn.notification.SendQueue;
import org.fedoraproject.fmn.notification.SendQueueJson;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.Delivery;
import org.fedoraproject.fmn.sender.DeliveryFailure;
import org.fedoraproject.fmn.sender.OutgoingNotification;
import org.fedoraproject.fmn.sender.delivered.DeliveredIds;
import org.fedoraproject.fmn.sender.delivered.FileDeliveredIds;
import org.fedoraproject.fmn.testing.TcpProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The send queues on the real RabbitMQ on loopback, with a delivery the test scripts. */
class SendQueueIT {

    private static final int RABBIT = 5672;

    @TempDir
    Path dataDir;

    private final String prefix = "fmn-test-" + UUID.randomUUID() + ".";
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private CachingConnectionFactory connections;
    private RabbitTemplate rabbit;
    private RabbitAdmin admin;
    private final List<Runnable> cleanups = new ArrayList<>();

    /** A Matrix delivery that records what it delivers and fails as the test says. */
    private static final class ScriptedDelivery implements Delivery {
        final List<OutgoingNotification> delivered = new CopyOnWriteArrayList<>();
        final AtomicInteger attempts = new AtomicInteger();
        volatile int temporaryFailures;
        volatile boolean permanentFailure;
        volatile int askToWait;
        volatile CountDownLatch inHand;
        volatile CountDownLatch release;

        @Override
        public Protocol protocol() {
            return Protocol.MATRIX;
        }

        @Override
        public void deliver(OutgoingNotification notification) throws DeliveryFailure {
            int attempt = attempts.incrementAndGet();
            if (permanentFailure) {
                throw DeliveryFailure.permanent("M_FORBIDDEN: the user does not accept messages", null);
            }
            if (attempt <= askToWait) {
                throw DeliveryFailure.retryAfter("M_LIMIT_EXCEEDED", Duration.ofMillis(300));
            }
            if (attempt <= temporaryFailures) {
                throw DeliveryFailure.temporary("the homeserver answered 502", null);
            }
            if (release != null) {
                inHand.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            delivered.add(notification);
        }
    }

    @BeforeEach
    void connect() {
        assumeTrue(reachable(), "RabbitMQ is not running on 127.0.0.1:5672");
        connections = new CachingConnectionFactory(URI.create("amqp://guest:guest@127.0.0.1:" + RABBIT + "/%2F"));
        connections.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.SIMPLE);
        rabbit = new RabbitTemplate(connections);
        admin = new RabbitAdmin(connections);
    }

    @AfterEach
    void cleanUp() {
        cleanups.reversed().forEach(Runnable::run);
        if (connections != null) {
            connections.destroy();
        }
    }

    private static boolean reachable() {
        try (Socket socket = new Socket("127.0.0.1", RABBIT)) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private ProtocolSender start(Delivery delivery, RetryPolicy retries, Optional<RecipientRateLimit> rateLimit) {
        var delivered = new FileDeliveredIds(dataDir.resolve("delivered-ids"), Duration.ofDays(7), Clock.systemUTC());
        cleanups.add(delivered::close);
        return start(delivery, retries, rateLimit, delivered);
    }

    private ProtocolSender start(Delivery delivery, RetryPolicy retries, Optional<RecipientRateLimit> rateLimit, DeliveredIds delivered) {
        var topology = new QueueTopology(new SendQueueNames(prefix, delivery.protocol()), Map.of("x-queue-type", "classic"), true);
        var listener = new SendQueueListener(delivery, topology, retries, rateLimit, delivered,
                new SenderMetrics(registry, delivery.protocol()), rabbit, Clock.systemUTC());
        var sender = new ProtocolSender(connections, delivery, topology, retries, listener, 1, Duration.ofSeconds(30));
        sender.start();
        cleanups.add(() -> topology.delete(admin, retries));
        cleanups.add(sender::close);
        return sender;
    }

    private static RetryPolicy quickRetries(int maxAttempts) {
        return new RetryPolicy(Duration.ofMillis(100), Duration.ofMillis(400), maxAttempts);
    }

    private String queue() {
        return prefix + "send.matrix";
    }

    /** Publishes a notification as FMN's consumer does: persistent, with its id and rule headers. */
    private void publish(String id, NotificationContent content) {
        MessageProperties properties = new MessageProperties();
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setContentType("application/json");
        properties.setMessageId(id);
        properties.setTimestamp(new java.util.Date());
        properties.setHeader(SendQueue.NOTIFICATION_ID, id);
        properties.setHeader(SendQueue.MESSAGE_ID, "bus-message-1");
        properties.setHeader(SendQueue.RULE_ID, 42L);
        properties.setHeader(SendQueue.RULE_OWNER, "mira");
        rabbit.send(SendQueue.EXCHANGE, queue(), new Message(SendQueueJson.toBytes(content), properties));
    }

    private static NotificationContent.Chat chat(String to, String text) {
        return new NotificationContent.Chat(to, text);
    }

    private double counter(String name) {
        var counter = registry.find(name).tag("protocol", "matrix").counter();
        return counter == null ? 0 : counter.count();
    }

    private long ready(String queue) {
        var info = admin.getQueueInfo(queue);
        return info == null ? -1 : info.getMessageCount();
    }

    @Test
    void aNotificationIsDeliveredWithItsRuleAndAckedAfterwards() {
        var delivery = new ScriptedDelivery();
        ProtocolSender sender = start(delivery, quickRetries(3), Optional.empty());

        publish("n-1", chat("@mira:example.org", "[koji] build done"));

        await().until(() -> delivery.delivered.size() == 1);
        OutgoingNotification delivered = delivery.delivered.getFirst();
        assertThat(delivered.id()).isEqualTo("n-1");
        assertThat(delivered.content()).isEqualTo(chat("@mira:example.org", "[koji] build done"));
        assertThat(delivered.ruleId()).contains(42L);
        assertThat(delivered.ruleOwner()).contains("mira");
        await().until(() -> counter("fmn.sender.sent") == 1);
        sender.close();
        // Closed: anything not acked would be back in the queue.
        assertThat(ready(queue())).isZero();
        assertThat(registry.find("fmn.sender.delivery.latency").tag("protocol", "matrix").timer().count()).isEqualTo(1);
    }

    @Test
    void aTemporaryFailureIsTriedAgainLaterAndDeliveredOnce() {
        var delivery = new ScriptedDelivery();
        delivery.temporaryFailures = 2;
        start(delivery, quickRetries(5), Optional.empty());

        publish("n-2", chat("@mira:example.org", "retry me"));

        await().until(() -> delivery.delivered.size() == 1);
        assertThat(delivery.attempts.get()).isEqualTo(3);
        assertThat(counter("fmn.sender.retried")).isEqualTo(2);
        assertThat(counter("fmn.sender.failed")).isEqualTo(2);
        assertThat(delivery.delivered.getFirst().id()).isEqualTo("n-2");
    }

    @Test
    void aPeerThatAsksToWaitGetsTheNotificationAgainAfterThatWait() {
        var delivery = new ScriptedDelivery();
        delivery.askToWait = 1;
        start(delivery, new RetryPolicy(Duration.ofMinutes(10), Duration.ofMinutes(10), 3), Optional.empty());

        publish("n-8", chat("@mira:example.org", "slow down"));

        // The retry policy's ten minutes would outlast the wait: the peer's 300 ms was used.
        await().atMost(Duration.ofSeconds(30)).until(() -> delivery.delivered.size() == 1);
        assertThat(delivery.attempts.get()).isEqualTo(2);
        assertThat(counter("fmn.sender.retried")).isEqualTo(1);
    }

    @Test
    void afterTheLastAttemptANotificationIsDeadLetteredWithTheReason() {
        var delivery = new ScriptedDelivery();
        delivery.temporaryFailures = Integer.MAX_VALUE;
        start(delivery, quickRetries(3), Optional.empty());

        publish("n-3", chat("@mira:example.org", "never"));

        Message dead = await().until(() -> rabbit.receive(queue() + ".dead"), message -> message != null);
        assertThat((String) dead.getMessageProperties().getHeader(SendHeaders.DEAD_REASON))
                .isEqualTo("gave up after 3 attempts: the homeserver answered 502");
        assertThat(dead.getMessageProperties().getHeader(SendQueue.NOTIFICATION_ID).toString()).isEqualTo("n-3");
        assertThat(SendQueueJson.read(Protocol.MATRIX, dead.getBody())).isEqualTo(chat("@mira:example.org", "never"));
        assertThat(delivery.attempts.get()).isEqualTo(3);
        assertThat(delivery.delivered).isEmpty();
        assertThat(counter("fmn.sender.dead.lettered")).isEqualTo(1);
    }

    @Test
    void aPermanentFailureIsDeadLetteredAtOnce() {
        var delivery = new ScriptedDelivery();
        delivery.permanentFailure = true;
        start(delivery, quickRetries(5), Optional.empty());

        publish("n-4", chat("@mira:example.org", "refused"));

        Message dead = await().until(() -> rabbit.receive(queue() + ".dead"), message -> message != null);
        assertThat((String) dead.getMessageProperties().getHeader(SendHeaders.DEAD_REASON))
                .isEqualTo("refused: M_FORBIDDEN: the user does not accept messages");
        assertThat(delivery.attempts.get()).isEqualTo(1);
    }

    @Test
    void anUnreadableNotificationIsDeadLetteredAtOnceWithWhatIsWrong() {
        var delivery = new ScriptedDelivery();
        start(delivery, quickRetries(5), Optional.empty());

        rabbit.send(SendQueue.EXCHANGE, queue(), new Message("{\"to\": \"@mira:example.org\"}".getBytes(StandardCharsets.UTF_8)));

        Message dead = await().until(() -> rabbit.receive(queue() + ".dead"), message -> message != null);
        assertThat((String) dead.getMessageProperties().getHeader(SendHeaders.DEAD_REASON))
                .isEqualTo("unreadable: the notification has no \"message\"");
        assertThat(new String(dead.getBody(), StandardCharsets.UTF_8)).isEqualTo("{\"to\": \"@mira:example.org\"}");
        assertThat(delivery.attempts.get()).isZero();
    }

    @Test
    void aNotificationPublishedTwiceIsSentOnceAndOneFromAPythonConsumerWithoutHeadersIsAccepted() {
        var delivery = new ScriptedDelivery();
        start(delivery, quickRetries(3), Optional.empty());

        publish("n-5", chat("@mira:example.org", "once"));
        publish("n-5", chat("@mira:example.org", "once"));
        byte[] python = "{\"to\": \"@mira:example.org\", \"message\": \"from Python\"}".getBytes(StandardCharsets.UTF_8);
        rabbit.send(SendQueue.EXCHANGE, queue(), new Message(python));
        rabbit.send(SendQueue.EXCHANGE, queue(), new Message(python));

        await().until(() -> counter("fmn.sender.duplicates") == 2);
        assertThat(delivery.delivered).extracting(n -> ((NotificationContent.Chat) n.content()).message()).containsExactly("once", "from Python");
        assertThat(delivery.delivered.get(1).id()).isEqualTo(UUID.nameUUIDFromBytes(python).toString());
        assertThat(delivery.delivered.get(1).ruleId()).isEmpty();
    }

    @Test
    void overTheRateLimitNotificationsAreHeldBackNotDroppedAndOthersGoOnMeanwhile() {
        var delivery = new ScriptedDelivery();
        start(delivery, quickRetries(3), Optional.of(new RecipientRateLimit(2, Duration.ofSeconds(1), Clock.systemUTC())));

        for (int i = 1; i <= 5; i++) {
            publish("flood-" + i, chat("@mira:example.org", "flood " + i));
        }
        publish("other", chat("@oskar:example.org", "not held up"));

        await().until(() -> delivery.delivered.size() == 6);
        List<String> order = delivery.delivered.stream().map(OutgoingNotification::id).toList();
        assertThat(order).containsExactlyInAnyOrder("flood-1", "flood-2", "flood-3", "flood-4", "flood-5", "other");
        assertThat(order.subList(0, 3)).containsExactly("flood-1", "flood-2", "other");
        assertThat(counter("fmn.sender.held")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aSenderStartedWhileTheBrokerIsUnreachableDeclaresItsQueuesAndDeliversOnceItIsBack() throws Exception {
        try (TcpProxy proxy = new TcpProxy(RABBIT)) {
            proxy.cut();
            var throughProxy = new CachingConnectionFactory(URI.create("amqp://guest:guest@127.0.0.1:" + proxy.port() + "/%2F"));
            throughProxy.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.SIMPLE);
            cleanups.add(throughProxy::destroy);
            var delivery = new ScriptedDelivery();
            var topology = new QueueTopology(new SendQueueNames(prefix, Protocol.MATRIX), Map.of("x-queue-type", "classic"), true);
            RetryPolicy retries = quickRetries(3);
            var delivered = new FileDeliveredIds(dataDir.resolve("delivered-ids"), Duration.ofDays(7), Clock.systemUTC());
            var listener = new SendQueueListener(delivery, topology, retries, Optional.empty(), delivered,
                    new SenderMetrics(registry, Protocol.MATRIX), new RabbitTemplate(throughProxy), Clock.systemUTC());
            var sender = new ProtocolSender(throughProxy, delivery, topology, retries, listener, 1, Duration.ofSeconds(30));
            cleanups.add(() -> topology.delete(admin, retries));
            cleanups.add(sender::close);
            cleanups.add(delivered::close);

            sender.start();
            assertThat(sender.running()).isFalse();
            proxy.restore();

            await().atMost(Duration.ofSeconds(30)).until(() -> admin.getQueueInfo(queue()) != null);
            publish("n-7", chat("@mira:example.org", "after the outage"));
            await().atMost(Duration.ofSeconds(30)).until(() -> delivery.delivered.size() == 1);
            assertThat(sender.running()).isTrue();
        }
    }

    @Test
    void aSenderCutOffMidQueueAndAnotherTakingOverDeliverEveryNotificationOnce() throws Exception {
        List<String> sent = new CopyOnWriteArrayList<>();
        Delivery slow = new Delivery() {
            @Override
            public Protocol protocol() {
                return Protocol.MATRIX;
            }

            @Override
            public void deliver(OutgoingNotification notification) {
                sent.add(notification.id());
                try {
                    // Long enough for the cut to fall while a notification is in hand.
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        List<String> ids = java.util.stream.IntStream.rangeClosed(1, 40).mapToObj(i -> "crash-" + i).toList();
        try (TcpProxy proxy = new TcpProxy(RABBIT)) {
            var throughProxy = new CachingConnectionFactory(URI.create("amqp://guest:guest@127.0.0.1:" + proxy.port() + "/%2F"));
            throughProxy.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.SIMPLE);
            cleanups.add(throughProxy::destroy);
            var topology = new QueueTopology(new SendQueueNames(prefix, Protocol.MATRIX), Map.of("x-queue-type", "classic"), true);
            RetryPolicy retries = quickRetries(3);
            // One store for both, as two sender processes share Redis.
            var sharedIds = new FileDeliveredIds(dataDir.resolve("delivered-ids"), Duration.ofDays(7), Clock.systemUTC());
            cleanups.add(sharedIds::close);
            var first = new ProtocolSender(throughProxy, slow, topology, retries, new SendQueueListener(slow, topology, retries, Optional.empty(),
                    sharedIds, new SenderMetrics(registry, Protocol.MATRIX), new RabbitTemplate(throughProxy), Clock.systemUTC()),
                    1, Duration.ofSeconds(30));
            cleanups.add(() -> topology.delete(admin, retries));
            cleanups.add(first::close);
            first.start();
            ids.forEach(id -> publish(id, chat("@mira:example.org", id)));

            await().until(() -> sent.size() >= 10);
            // The first sender's process is gone, as far as the broker can tell.
            proxy.cut();
            start(slow, retries, Optional.empty(), sharedIds);

            await().until(() -> sent.containsAll(ids));
        }
        await().until(() -> ready(queue()) == 0);
        assertThat(sent).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aStoppingSenderFinishesTheNotificationInHandAndAcksIt() throws Exception {
        var delivery = new ScriptedDelivery();
        delivery.inHand = new CountDownLatch(1);
        delivery.release = new CountDownLatch(1);
        ProtocolSender sender = start(delivery, quickRetries(3), Optional.empty());
        publish("n-6", chat("@mira:example.org", "in hand"));
        delivery.inHand.await();

        Thread stopping = Thread.ofPlatform().start(sender::close);
        await().until(() -> stopping.getState() == Thread.State.WAITING || stopping.getState() == Thread.State.TIMED_WAITING);
        assertThat(stopping.isAlive()).isTrue();
        delivery.release.countDown();
        stopping.join();

        assertThat(delivery.delivered).extracting(OutgoingNotification::id).containsExactly("n-6");
        assertThat(ready(queue())).isZero();
    }
}
