package org.fedoraproject.fmn.app.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.fedoraproject.fmn.app.Fmn;
import org.fedoraproject.fmn.consumer.MessageConsumer;
import org.fedoraproject.fmn.message.AmqpMessage;
import org.fedoraproject.fmn.message.AmqpMessageCodec;
import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.notification.SendQueue;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.SchemaRegistry;
import org.fedoraproject.fmn.testing.LocalServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code fmn serve} with its consumer on the real RabbitMQ: rules made through the API, real
 * Fedora messages from the shared corpus and the demo's own published on the bus, and on the
 * send queues exactly the notifications {@code fmn match --raw --content} makes of the same
 * messages with the same rules, content included.
 */
class ConsumerEndToEndIT {

    private static final int RABBIT = 5672;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String NAME = "fmn-e2e-" + UUID.randomUUID();
    private static final String SEND_EXCHANGE = NAME + "-send";
    private static final String PUBLIC_URL = "https://fmn.example.org";

    @TempDir
    static Path dataDir;

    static Connection connection;
    static Channel channel;
    static RunningFmn fmn;
    static final List<Received> received = new CopyOnWriteArrayList<>();

    /** A notification as a send queue holds it: its routing key, id and JSON body. */
    record Received(String routingKey, String notificationId, JsonNode body) {
    }

    @BeforeAll
    static void start() throws IOException, TimeoutException {
        assumeTrue(LocalServices.listening(RABBIT), "RabbitMQ is not running on 127.0.0.1:" + RABBIT + ": the consumer's end-to-end tests are skipped");
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(RABBIT);
        connection = factory.newConnection(NAME);
        channel = connection.createChannel();
        channel.exchangeDeclare(SEND_EXCHANGE, "direct", false, true, null);
        for (Protocol protocol : Protocol.values()) {
            String queue = NAME + "-" + SendQueue.routingKey(protocol);
            channel.queueDeclare(queue, false, false, true, null);
            channel.queueBind(queue, SEND_EXCHANGE, SendQueue.routingKey(protocol));
            channel.basicConsume(queue, true, new DefaultConsumer(channel) {
                @Override
                public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
                    received.add(new Received(envelope.getRoutingKey(), properties.getMessageId(),
                            Json.parseUtf8(body, "a notification")));
                }
            });
        }
        fmn = RunningFmn.start(dataDir,
                "--fmn.bus.url=amqp://guest:guest@127.0.0.1:" + RABBIT + "/%2F",
                "--fmn.consumer.queue=" + NAME,
                "--fmn.consumer.durable=false",
                "--fmn.send-queue.exchange=" + SEND_EXCHANGE,
                "--fmn.outbox.poll-interval=100ms",
                "--fmn.public-url=" + PUBLIC_URL);
        await().atMost(PATIENCE).until(() -> consumer().ready());
    }

    @AfterAll
    static void stop() throws IOException, TimeoutException {
        if (fmn != null) {
            fmn.close();
        }
        if (channel != null) {
            channel.queueDelete(NAME);
            channel.queueDelete(NAME + ".dead");
            connection.close();
        }
    }

    private static MessageConsumer consumer() {
        return fmn.context().getBean(MessageConsumer.class);
    }


    @Test
    void theBusStreamMakesOnTheSendQueuesExactlyWhatFmnMatchMakes() throws Exception {
        List<Message> stream = new ArrayList<>(demoMessages());
        stream.addAll(corpusMessages());
        List<Long> ruleIds = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("..", "demo", "rules.jsonl"), UTF_8)) {
            ObjectNode rule = (ObjectNode) Json.parse(line, "a demo rule");
            String owner = rule.path("user").path("name").asString();
            ruleIds.add(fmn.as(owner).post("users/" + owner + "/rules", rule).json(200).path("id").asLong());
        }
        ruleIds.add(fmn.as("mira").post("users/mira/rules", followRule("users-followed",
                agents(stream), "email", "mira@example.org")).json(200).path("id").asLong());
        ruleIds.add(fmn.as("oskar").post("users/oskar/rules", followRule("artifacts-followed",
                packages(stream), "irc", "oskar")).json(200).path("id").asLong());
        await().atMost(PATIENCE).until(() -> ruleIds.stream()
                .allMatch(id -> consumer().rules().index().orElseThrow().rule(id).isPresent()));

        Path messagesFile = dataDir.resolve("stream.jsonl");
        List<String> lines = new ArrayList<>();
        for (Message message : stream) {
            lines.add(SerializedMessageCodec.write(message));
            publish(AmqpMessageCodec.write(message));
        }
        Files.write(messagesFile, lines, UTF_8);
        Set<Received> expected = fmnMatch(messagesFile, rulesFile(ruleIds));
        assertThat(expected).as("the stream notifies people by every protocol")
                .extracting(Received::routingKey).contains("send.email", "send.irc", "send.matrix");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(new HashSet<>(received)).containsAll(expected));
        Thread.sleep(500); // and nothing else arrives
        assertThat(new HashSet<>(received)).isEqualTo(expected);
        assertThat(received).hasSameSizeAs(expected);
        assertThat(fmn.as("mira").get("users/mira/rules").json(200).findValues("generated_last_week"))
                .anySatisfy(count -> assertThat(count.asLong()).isPositive());
    }

    private static ObjectNode followRule(String tracking, JsonNode params, String protocol, String address) {
        ObjectNode rule = (ObjectNode) Json.parse("""
                {"name": "Followed in the corpus", "disabled": false,
                 "tracking_rule": {"name": "%s", "params": []},
                 "generation_rules": [{"destinations": [{"protocol": "%s", "address": "%s"}],
                   "filters": {"applications": [], "excluded_applications": [], "severities": [],
                               "topic": null, "my_actions": true}}]}
                """.formatted(tracking, protocol, address), "a rule");
        ((ObjectNode) rule.get("tracking_rule")).set("params", params);
        return rule;
    }

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.standard();

    /** The agents of the stream's messages, the most frequent first, at most 15. */
    private static JsonNode agents(List<Message> stream) {
        Map<String, Integer> counts = new HashMap<>();
        for (Message message : stream) {
            MessageFacts facts = SCHEMAS.derive(message);
            if (facts.agentName() != null) {
                counts.merge(facts.agentName(), 1, Integer::sum);
            }
        }
        var names = Json.MAPPER.createArrayNode();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(entry -> names.add(entry.getKey()));
        return names;
    }

    /** The rpms of the stream's messages, the most frequent first, at most 15. */
    private static JsonNode packages(List<Message> stream) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Message message : stream) {
            SCHEMAS.derive(message).packages().forEach(name -> counts.merge(name, 1, Integer::sum));
        }
        var artifacts = Json.MAPPER.createArrayNode();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(entry -> artifacts.addObject().put("name", entry.getKey()).put("type", "rpms"));
        return artifacts;
    }

    /** The rules as the API shows them, one a line, as {@code fmn match --rules} reads them. */
    private static Path rulesFile(List<Long> ids) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String owner : List.of("mira", "oskar", "tomas")) {
            for (JsonNode rule : fmn.as(owner).get("users/" + owner + "/rules").json(200)) {
                if (ids.contains(rule.path("id").asLong())) {
                    lines.add(rule.toString());
                }
            }
        }
        assertThat(lines).hasSameSizeAs(ids);
        return Files.write(dataDir.resolve("rules.jsonl"), lines, UTF_8);
    }

    private static Set<Received> fmnMatch(Path messages, Path rules) throws IOException {
        Path out = dataDir.resolve("notifications.jsonl");
        StringWriter err = new StringWriter();
        int status = Fmn.commandLine().setErr(new PrintWriter(err)).execute("match", "--raw", "--content",
                "--directory", "../demo/directory.json", "--distgit", "../demo/distgit.json",
                "--rules", rules.toString(), "--messages", messages.toString(), "--out", out.toString(),
                "--public-url", PUBLIC_URL);
        assertThat(status).as("fmn match: %s", err).isZero();
        Set<Received> expected = new HashSet<>();
        try (Stream<String> lines = Files.lines(out, UTF_8)) {
            lines.forEach(line -> {
                JsonNode notification = Json.parse(line, "a notification");
                Protocol protocol = Protocol.ofKey(notification.path("protocol").asString());
                expected.add(new Received(SendQueue.routingKey(protocol),
                        SendQueue.notificationId(notification.path("message_id").asString(), protocol,
                                notification.path("address").asString()),
                        notification.path("content")));
            });
        }
        return expected;
    }

    private static List<Message> demoMessages() throws IOException {
        List<Message> messages = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("..", "demo", "messages.jsonl"), UTF_8)) {
            messages.add(SerializedMessageCodec.read(line.getBytes(UTF_8)));
        }
        return messages;
    }

    /** Fedora's real messages of the shared corpus, when it is there; none otherwise. */
    private static List<Message> corpusMessages() throws IOException {
        String configured = System.getProperty("fmn.corpus.dir", System.getenv("FMN_CORPUS_DIR"));
        Path corpus = configured == null ? Path.of("..", "..", "shared", "corpus") : Path.of(configured);
        List<Message> messages = new ArrayList<>();
        if (!Files.isDirectory(corpus)) {
            return messages;
        }
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file, UTF_8)) {
                    JsonNode json = Json.parse(line, "a corpus line");
                    ObjectNode serialized = ((ObjectNode) json.deepCopy());
                    serialized.remove("expected");
                    messages.add(SerializedMessageCodec.read(serialized.toString().getBytes(UTF_8)));
                }
            }
        }
        return messages;
    }

    private static void publish(AmqpMessage message) throws IOException {
        channel.basicPublish("amq.topic", message.routingKey(), new AMQP.BasicProperties.Builder()
                .messageId(message.messageId())
                .contentType(message.contentType())
                .contentEncoding(message.contentEncoding())
                .deliveryMode(2)
                .headers(message.headers() == null ? null : new HashMap<>(message.headers()))
                .build(), message.body());
    }
}
