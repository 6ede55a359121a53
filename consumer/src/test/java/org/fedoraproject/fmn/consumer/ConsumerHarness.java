package org.fedoraproject.fmn.consumer;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;

import org.fedoraproject.fmn.consumer.counts.GeneratedCountRecorder;
import org.fedoraproject.fmn.consumer.pipeline.ConsumerMetrics;
import org.fedoraproject.fmn.consumer.pipeline.Pipeline;
import org.fedoraproject.fmn.consumer.rules.LiveRules;
import org.fedoraproject.fmn.consumer.sendqueue.SendTarget;
import org.fedoraproject.fmn.consumer.subscription.BusSubscription;
import org.fedoraproject.fmn.consumer.subscription.SubscriptionSettings;
import org.fedoraproject.fmn.database.Database;
import org.fedoraproject.fmn.database.DatabaseSettings;
import org.fedoraproject.fmn.database.rule.RuleContent;
import org.fedoraproject.fmn.directory.InMemoryDirectory;
import org.fedoraproject.fmn.forge.InMemoryForge;
import org.fedoraproject.fmn.match.MatchResult;
import org.fedoraproject.fmn.match.MatchedDestination;
import org.fedoraproject.fmn.match.MatchingEngine;
import org.fedoraproject.fmn.match.RuleIndex;
import org.fedoraproject.fmn.message.AmqpMessage;
import org.fedoraproject.fmn.message.AmqpMessageCodec;
import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.notification.NotificationRenderer;
import org.fedoraproject.fmn.notification.RenderSettings;
import org.fedoraproject.fmn.notification.SendQueue;
import org.fedoraproject.fmn.notification.SendQueueJson;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.rule.RuleReader;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.SchemaRegistry;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * A consumer's world for tests, on the real RabbitMQ: the project's demo accounts, dist-git and
 * rules (the rules stored in an embedded database), a bus exchange and a send exchange of the
 * test's own (so that other programs on the broker neither feed nor read them), the send queues
 * bound to it, and a record of every notification they receive.
 */
final class ConsumerHarness implements AutoCloseable {

    static final int RABBIT = 5672;
    static final Path DEMO = Path.of("..", "demo");
    static final RenderSettings RENDER = new RenderSettings("https://fmn.example.org", "https://datagrepper.example.org", 20);

    /** A notification as it arrived on a send queue. */
    record Received(String routingKey, String notificationId, Map<String, Object> headers, String body) {
    }

    /** A notification the offline engine says the messages make. */
    record Expected(String routingKey, String notificationId, String body) {
    }

    final String name = "fmn-test-" + UUID.randomUUID();
    final String busExchange = name + "-bus";
    final String sendExchange = name + "-send";
    final Database database;
    final InMemoryDirectory directory;
    final InMemoryForge forge;
    final ConnectionFactory broker;
    final Connection connection;
    final Channel channel;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<AutoCloseable> closing = new ArrayList<>();

    /** A world on the RabbitMQ of 127.0.0.1. */
    ConsumerHarness(Path dataDir, boolean demoRules) throws IOException, TimeoutException {
        this(dataDir, demoRules, rabbit());
    }

    static ConnectionFactory rabbit() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(RABBIT);
        return factory;
    }

    ConsumerHarness(Path dataDir, boolean demoRules, ConnectionFactory broker) throws IOException, TimeoutException {
        this.broker = broker;
        database = Database.open(DatabaseSettings.embedded(dataDir), Clock.systemUTC());
        database.migrations().migrate();
        directory = InMemoryDirectory.fromJson(Json.parseUtf8(Files.readAllBytes(DEMO.resolve("directory.json")), "directory"));
        forge = InMemoryForge.fromJson(Json.parseUtf8(Files.readAllBytes(DEMO.resolve("distgit.json")), "distgit"));
        if (demoRules) {
            for (String line : Files.readAllLines(DEMO.resolve("rules.jsonl"), UTF_8)) {
                Rule rule = RuleReader.read(Json.parse(line, "demo rule"));
                database.rules().create(rule.ownerName(), RuleContent.of(rule));
            }
        }
        connection = broker.newConnection(name);
        channel = connection.createChannel();
        channel.exchangeDeclare(busExchange, "topic", false, true, null);
        channel.exchangeDeclare(sendExchange, "direct", false, true, null);
        for (Protocol protocol : Protocol.values()) {
            String queue = name + "-" + SendQueue.routingKey(protocol);
            channel.queueDeclare(queue, false, false, true, null);
            channel.queueBind(queue, sendExchange, SendQueue.routingKey(protocol));
            channel.basicConsume(queue, true, new DefaultConsumer(channel) {
                @Override
                public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
                    received.add(new Received(envelope.getRoutingKey(), properties.getMessageId(),
                            properties.getHeaders(), new String(body, UTF_8)));
                }
            });
        }
    }

    /** The consumer's subscription settings: its own queue, small batches so that tests see several. */
    SubscriptionSettings settings() {
        return new SubscriptionSettings(name, true, "classic", null, name + ".dead", Map.of(), busExchange, List.of("#"),
                20, 2, 10, Duration.ofMillis(100), Duration.ofMillis(400));
    }

    /** A consumer over this world, not started. */
    MessageConsumer consumer(ConnectionFactory bus) {
        return consumer(bus, settings());
    }

    MessageConsumer consumer(ConnectionFactory bus, SubscriptionSettings settings) {
        LiveRules rules = new LiveRules(database.rules(), 2);
        ConsumerMetrics metrics = new ConsumerMetrics(meters);
        GeneratedCountRecorder counts = new GeneratedCountRecorder(database.generatedCounts(), Clock.systemUTC());
        Pipeline pipeline = new Pipeline(SchemaRegistry.standard(), message -> {
        }, rules, directory, forge, new NotificationRenderer(RENDER), counts, metrics);
        BusSubscription subscription = new BusSubscription(bus, bus, settings, pipeline, metrics, new SendTarget(sendExchange, ""),
                Duration.ofSeconds(10), name);
        MessageConsumer consumer = new MessageConsumer(rules, subscription, counts, metrics, Duration.ofMinutes(10));
        closing.add(consumer);
        return consumer;
    }

    /** The demo's bus messages. */
    static List<Message> demoMessages() throws IOException {
        List<Message> messages = new ArrayList<>();
        for (String line : Files.readAllLines(DEMO.resolve("messages.jsonl"), UTF_8)) {
            messages.add(SerializedMessageCodec.read(line.getBytes(UTF_8)));
        }
        return messages;
    }

    /** The demo's messages again and again, each copy with an id of its own, {@code count} in all. */
    static List<Message> stream(int count) throws IOException {
        List<Message> demo = demoMessages();
        List<Message> stream = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Message m = demo.get(i % demo.size());
            stream.add(new Message(UUID.randomUUID().toString(), m.topic(), m.headers(), m.body(), null, null));
        }
        return stream;
    }

    void publish(List<Message> messages) throws IOException {
        for (Message message : messages) {
            publish(AmqpMessageCodec.write(message));
        }
    }

    void publish(AmqpMessage amqp) throws IOException {
        Map<String, Object> headers = amqp.headers() == null ? null : new HashMap<>(amqp.headers());
        channel.basicPublish(busExchange, amqp.routingKey(), new AMQP.BasicProperties.Builder()
                .messageId(amqp.messageId())
                .contentType(amqp.contentType())
                .contentEncoding(amqp.contentEncoding())
                .deliveryMode(2)
                .headers(headers)
                .build(), amqp.body());
    }

    /** What the offline engine makes of these messages with the rules stored now. */
    List<Expected> expected(List<Message> messages) {
        List<Rule> rules = database.rules().enabledRules(0, 100_000).rules();
        MatchingEngine engine = new MatchingEngine(RuleIndex.of(rules), directory, forge);
        NotificationRenderer renderer = new NotificationRenderer(RENDER);
        SchemaRegistry registry = SchemaRegistry.standard();
        List<Expected> expected = new ArrayList<>();
        for (Message message : messages) {
            MessageFacts facts = registry.derive(message);
            MatchResult result = engine.match(facts);
            NotificationRenderer.MessageRendering rendering = renderer.forMessage(facts);
            for (MatchedDestination destination : result.destinations()) {
                expected.add(new Expected(SendQueue.routingKey(destination.protocol()),
                        SendQueue.notificationId(facts.id(), destination.protocol(), destination.address()),
                        new String(SendQueueJson.toBytes(rendering.render(destination).content()), UTF_8)));
            }
        }
        return expected;
    }

    Set<Expected> receivedAsExpected() {
        Set<Expected> set = new HashSet<>();
        for (Received r : received) {
            set.add(new Expected(r.routingKey(), r.notificationId(), r.body()));
        }
        return set;
    }

    /** Waits for {@code condition}; when it does not come, fails saying where the messages are. */
    void awaitThat(java.util.concurrent.Callable<Boolean> condition) throws IOException {
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(condition);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            StringBuilder state = new StringBuilder("timed out; received " + received.size() + " notifications");
            for (var meter : meters.getMeters()) {
                if (meter instanceof io.micrometer.core.instrument.Counter counter && counter.count() > 0) {
                    state.append("; ").append(meter.getId().getName()).append(meter.getId().getTags()).append('=')
                            .append(counter.count());
                }
            }
            try (Channel probe = connection.createChannel()) {
                var queue = probe.queueDeclarePassive(name);
                state.append("; queue ready=").append(queue.getMessageCount()).append(" consumers=")
                        .append(queue.getConsumerCount());
            } catch (IOException | TimeoutException | RuntimeException failed) {
                state.append("; queue: ").append(failed);
            }
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                if (thread.getName().startsWith("fmn-") || thread.getName().startsWith(name)) {
                    state.append("\n").append(thread.getName()).append(' ').append(thread.getState());
                    for (int i = 0; i < Math.min(stack.length, 8); i++) {
                        state.append("\n    ").append(stack[i]);
                    }
                }
            });
            throw new AssertionError(state.toString(), e);
        }
    }

    /** Messages in the consumer's dead-letter queue now. */
    long deadLetters() throws IOException {
        return channel.messageCount(name + ".dead");
    }

    Map<String, Integer> countsById() {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        for (Received r : received) {
            counts.merge(r.notificationId(), 1, Integer::sum);
        }
        return counts;
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
        try {
            channel.queueDelete(name);
            channel.queueDelete(name + ".dead");
        } catch (IOException e) {
            // already gone
        }
        connection.close();
        database.close();
    }
}
