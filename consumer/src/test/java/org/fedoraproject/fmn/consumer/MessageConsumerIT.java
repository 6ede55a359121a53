package org.fedoraproject.fmn.consumer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fedoraproject.fmn.database.rule.RuleContent;
import org.fedoraproject.fmn.consumer.subscription.QueueTopology;
import org.fedoraproject.fmn.message.AmqpMessage;
import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.notification.SendQueue;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.rule.RuleReader;
import org.fedoraproject.fmn.testing.LocalServices;
import org.fedoraproject.fmn.testing.TcpProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.rabbitmq.client.ConnectionFactory;

/**
 * The consumer end to end on the real RabbitMQ: bus messages in, notifications out on the send
 * queues, exactly those the offline engine makes of the same messages, with the same content
 * and stable ids; and what happens when things go wrong.
 */
class MessageConsumerIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    ConsumerHarness world;

    @BeforeAll
    static void rabbitRunning() {
        assumeTrue(LocalServices.listening(ConsumerHarness.RABBIT),
                "RabbitMQ is not running on 127.0.0.1:" + ConsumerHarness.RABBIT + ": the consumer's tests are skipped");
    }

    @BeforeEach
    void world() throws Exception {
        world = new ConsumerHarness(dataDir, true);
    }

    @AfterEach
    void close() throws Exception {
        if (world != null) {
            world.close();
        }
    }

    private ConnectionFactory rabbit() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(ConsumerHarness.RABBIT);
        return factory;
    }

    private static ConnectionFactory through(TcpProxy proxy) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(proxy.port());
        return factory;
    }

    @Test
    void theDemoMessagesMakeExactlyTheNotificationsTheOfflineEngineMakesAndTheirCounts() throws Exception {
        List<Message> messages = ConsumerHarness.demoMessages();
        List<ConsumerHarness.Expected> expected = world.expected(messages);
        assertThat(expected).as("the demo messages notify someone").hasSizeGreaterThan(3);
        MessageConsumer consumer = world.consumer(rabbit());
        consumer.start();
        await().atMost(PATIENCE).until(consumer::ready);

        world.publish(messages);

        world.awaitThat(() -> world.received.size() >= expected.size());
        Thread.sleep(300); // nothing more arrives
        assertThat(world.received).hasSize(expected.size());
        assertThat(world.receivedAsExpected()).containsExactlyInAnyOrderElementsOf(expected);
        for (ConsumerHarness.Received r : world.received) {
            assertThat(r.headers().get(SendQueue.NOTIFICATION_ID).toString()).isEqualTo(r.notificationId());
            assertThat(r.headers()).containsKeys(SendQueue.MESSAGE_ID, SendQueue.RULE_ID, SendQueue.RULE_OWNER);
        }
        long generated = world.database.rules().enabledRules(0, 1000).rules().stream()
                .mapToLong(rule -> world.database.rules().find(rule.id()).orElseThrow().generatedLastWeek()).sum();
        assertThat(generated).as("generated rows, summed").isGreaterThanOrEqualTo(expected.size());
        assertThat(world.deadLetters()).isZero();
    }

    @Test
    void poisonMessagesAreDeadLetteredWhileTheGoodOnesAroundThemAreDelivered() throws Exception {
        List<Message> good = ConsumerHarness.stream(4);
        List<ConsumerHarness.Expected> expected = world.expected(good);
        MessageConsumer consumer = world.consumer(rabbit());
        consumer.start();
        await().atMost(PATIENCE).until(consumer::ready);

        world.publish(good.subList(0, 2));
        world.publish(raw("not json at all".getBytes(UTF_8)));
        world.publish(raw(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        world.publish(raw("[1, 2]".getBytes(UTF_8)));
        world.publish(good.subList(2, 4));

        world.awaitThat(() -> world.received.size() >= expected.size() && world.deadLetters() == 3);
        assertThat(world.receivedAsExpected()).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static AmqpMessage raw(byte[] body) {
        return new AmqpMessage("org.fedoraproject.prod.bodhi.update.comment", UUID.randomUUID().toString(),
                "application/json", null, 2, null, Map.of("fedora_messaging_schema", "bodhi.update.comment.v1"), body);
    }

    @Test
    void aRuleCreatedAfterTheStartTakesEffectForTheNextMessage() throws Exception {
        for (Rule rule : world.database.rules().enabledRules(0, 100).rules()) {
            world.database.rules().delete(rule.id());
        }
        MessageConsumer consumer = world.consumer(rabbit());
        consumer.start();
        await().atMost(PATIENCE).until(consumer::ready);
        Message first = ConsumerHarness.stream(1).getFirst();
        world.publish(List.of(first));
        // worked (and notifying nobody) before the rule exists
        world.awaitThat(() -> world.meters.get("fmn.consumer.latency").timer().count() == 1);

        Rule created = world.database.rules().create("oskar", RuleContent.of(RuleReader.read(Json.parse("""
                {"id": 1, "name": "Everything about oskar", "disabled": false, "user": {"name": "oskar"},
                 "tracking_rule": {"name": "related-events", "params": []},
                 "generation_rules": [{"destinations": [{"protocol": "irc", "address": "oskar"}],
                   "filters": {"applications": [], "severities": [], "topic": null, "my_actions": true}}]}""", "a rule"))));
        world.publish(List.of(new Message(UUID.randomUUID().toString(), "org.fedoraproject.prod.fmn.rule.create.v1",
                Json.MAPPER.createObjectNode().put("fedora_messaging_schema", "fmn.rule.create.v1"),
                (tools.jackson.databind.node.ObjectNode) Json.parse("{\"rule\": {\"id\": " + created.id()
                        + "}, \"user\": {\"name\": \"oskar\"}}", "a rule change"), null, null)));
        // Workers take messages side by side: the message after the change is sent once the change is worked.
        await().atMost(PATIENCE).until(() -> consumer.rules().index().orElseThrow().rule(created.id()).isPresent());
        Message next = ConsumerHarness.stream(1).getFirst();
        world.publish(List.of(next));

        world.awaitThat(() -> !world.received.isEmpty());
        Thread.sleep(300);
        assertThat(world.meters.get("fmn.consumer.batch.messages").summary().max())
                .as("at rest, each message is worked on its own").isEqualTo(1);
        assertThat(world.received).singleElement().satisfies(r -> {
            assertThat(r.routingKey()).isEqualTo("send.irc");
            assertThat(r.notificationId()).isEqualTo(SendQueue.notificationId(next.id(),
                    org.fedoraproject.fmn.rule.Protocol.IRC, "oskar"));
        });
    }

    @Test
    void messagesWaitingInTheQueueAreWorkedInBatches() throws Exception {
        List<Message> stream = ConsumerHarness.stream(200);
        Set<ConsumerHarness.Expected> expected = new HashSet<>(world.expected(stream));
        QueueTopology.declare(world.channel, world.settings());
        world.publish(stream);
        MessageConsumer consumer = world.consumer(rabbit());
        consumer.start();

        world.awaitThat(() -> world.received.size() >= expected.size());
        var batches = world.meters.get("fmn.consumer.batch.messages").summary();
        assertThat(batches.totalAmount()).isEqualTo(stream.size());
        assertThat(batches.max()).as("the largest batch").isGreaterThan(1).isLessThanOrEqualTo(world.settings().batchSize());
        assertThat(batches.count()).as("batches").isLessThan(stream.size());
        assertThat(world.receivedAsExpected()).isEqualTo(expected);
    }

    @Test
    void twoConsumersOnOneQueueDeliverTheSameNotificationsAsOne() throws Exception {
        List<Message> stream = ConsumerHarness.stream(300);
        Set<ConsumerHarness.Expected> expected = new HashSet<>(world.expected(stream));
        MessageConsumer one = world.consumer(rabbit());
        MessageConsumer two = world.consumer(rabbit());
        one.start();
        two.start();
        await().atMost(PATIENCE).until(() -> one.ready() && two.ready());

        world.publish(stream);

        world.awaitThat(() -> world.received.size() >= expected.size());
        Thread.sleep(300);
        assertThat(world.received).hasSameSizeAs(expected);
        assertThat(world.receivedAsExpected()).isEqualTo(expected);
        assertThat(world.meters.get("fmn.consumer.messages").tag("outcome", "consumed").counter().count())
                .isEqualTo(stream.size());
    }

    @Test
    void aConsumerCutFromTheBrokerMidStreamReconnectsAndLosesNothing() throws Exception {
        List<Message> stream = ConsumerHarness.stream(1000);
        Set<ConsumerHarness.Expected> expected = new HashSet<>(world.expected(stream));
        try (TcpProxy link = new TcpProxy(ConsumerHarness.RABBIT)) {
            MessageConsumer consumer = world.consumer(through(link));
            consumer.start();
            await().atMost(PATIENCE).until(consumer::ready);
            world.publish(stream);
            world.awaitThat(() -> world.received.size() > expected.size() / 10);
            link.cut();
            Thread.sleep(500);
            link.restore();

            world.awaitThat(() -> world.receivedAsExpected().containsAll(expected));
        }
        assertThat(world.receivedAsExpected()).isEqualTo(expected);
        assertThat(world.deadLetters()).isZero();
    }

    @Test
    void aConsumerKilledMidStreamAndStartedAgainPublishesEveryNotificationWithItsStableId() throws Exception {
        List<Message> stream = ConsumerHarness.stream(1000);
        Set<ConsumerHarness.Expected> expected = new HashSet<>(world.expected(stream));
        TcpProxy link = new TcpProxy(ConsumerHarness.RABBIT);
        MessageConsumer killed = world.consumer(through(link));
        killed.start();
        await().atMost(PATIENCE).until(killed::ready);
        world.publish(stream);
        world.awaitThat(() -> world.received.size() > expected.size() / 10);
        link.close(); // its connections end and never come back, as when its process is killed

        MessageConsumer restarted = world.consumer(rabbit());
        restarted.start();

        world.awaitThat(() -> world.receivedAsExpected().containsAll(expected));
        assertThat(world.receivedAsExpected()).isEqualTo(expected);
    }
}
