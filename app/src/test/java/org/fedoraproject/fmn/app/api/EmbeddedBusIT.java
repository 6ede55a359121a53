package org.fedoraproject.fmn.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fedoraproject.fmn.app.Fmn;
import org.fedoraproject.fmn.bus.ConnectionFactories;
import org.fedoraproject.fmn.bus.ConnectionSettings;
import org.fedoraproject.fmn.bus.embedded.AddressFile;
import org.fedoraproject.fmn.message.AmqpMessage;
import org.fedoraproject.fmn.message.AmqpMessageCodec;
import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.SchemaRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;

/**
 * {@code fmn serve} in the embedded default, as a client of its embedded broker sees it: the
 * demo stream, rule changes and {@code fmn replay} all arrive on {@code amq.topic}.
 */
class EmbeddedBusIT {

    private static final List<String> DEMO_USERS = List.of("mira", "oskar", "lena", "tomas", "vera");

    @TempDir
    static Path dataDir;

    static RunningFmn fmn;
    static CachingConnectionFactory bus;
    static SimpleMessageListenerContainer listener;
    static final List<Message> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        fmn = RunningFmn.start(dataDir, "--fmn.demo.stream.interval=500ms", "--fmn.outbox.poll-interval=200ms");
        // What a client of the running service does: read the broker's address where it leaves it.
        bus = ConnectionFactories.create(ConnectionSettings.of(AddressFile.read(dataDir.resolve("broker")).orElseThrow(),
                "fmn-test"), false);
        Queue queue = new Queue("everything", false, false, false);
        RabbitAdmin admin = new RabbitAdmin(bus);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange("amq.topic")).with("#"));
        listener = new SimpleMessageListenerContainer(bus);
        listener.setQueueNames(queue.getName());
        listener.setMessageListener(delivery -> received.add(AmqpMessageCodec.read(new AmqpMessage(
                delivery.getMessageProperties().getReceivedRoutingKey(), delivery.getMessageProperties().getMessageId(),
                delivery.getMessageProperties().getContentType(), delivery.getMessageProperties().getContentEncoding(), 2, null,
                delivery.getMessageProperties().getHeaders(), delivery.getBody()))));
        listener.start();
    }

    @AfterAll
    static void stop() {
        if (listener != null) {
            listener.stop();
        }
        if (bus != null) {
            bus.destroy();
        }
        if (fmn != null) {
            fmn.close();
        }
    }

    @Test
    void theDemoStreamTalksAboutTheDemoUsers() {
        await().atMost(Duration.ofSeconds(30)).until(() -> demoMessages().size() >= 3);

        SchemaRegistry schemas = SchemaRegistry.standard();
        for (Message message : demoMessages()) {
            MessageFacts facts = schemas.derive(message);
            assertThat(facts.usernames()).as("the users of %s", message.topic()).isNotEmpty().isSubsetOf(DEMO_USERS);
        }
    }

    @Test
    void ruleChangesGoToTheEmbeddedBus() {
        long id = fmn.as("mira").post("users/mira/rules", RuleBodies.packages("On the embedded bus", "mira", "mira@example.org"))
                .json(200).path("id").asLong();

        await().atMost(Duration.ofSeconds(30)).until(() -> received.stream().anyMatch(m -> m.topic().equals("fmn.rule.create.v1")
                && m.body().path("rule").path("id").asLong() == id));
    }

    @Test
    void replayPublishesToTheRunningService() throws Exception {
        Path file = dataDir.resolve("replayed.jsonl");
        Files.writeString(file, """
                {"id": "replayed-1", "topic": "test.replayed", "headers": {"fedora_messaging_schema": "base.message", "sent-at": "2026-12-01T10:00:00+00:00", "fedora_messaging_severity": 20}, "body": {"one": 1}, "queue": null}
                {"id": "replayed-2", "topic": "test.replayed", "headers": {"fedora_messaging_schema": "base.message", "sent-at": "2026-12-01T10:00:01+00:00", "fedora_messaging_severity": 20}, "body": {"two": 2}, "queue": null}
                """);
        StringWriter err = new StringWriter();

        int status = Fmn.commandLine().setErr(new PrintWriter(err)).execute("replay", file.toString(), "--data-dir", dataDir.toString());

        assertThat(status).as(err.toString()).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> received.stream().filter(m -> m.topic().equals("test.replayed")).count() == 2);
        assertThat(received.stream().filter(m -> m.topic().equals("test.replayed")))
                .extracting(Message::id, m -> m.headers().path("sent-at").asString(), Message::body)
                .extracting(t -> t.toList().toString())
                .containsExactly("[replayed-1, 2026-12-01T10:00:00+00:00, {\"one\":1}]", "[replayed-2, 2026-12-01T10:00:01+00:00, {\"two\":2}]");
    }

    private static List<Message> demoMessages() {
        return received.stream().filter(m -> m.topic().startsWith("org.fedoraproject.prod.")).toList();
    }

}
