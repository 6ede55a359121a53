package org.fedoraproject.fmn.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoublePredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fedoraproject.fmn.app.api.RunningFmn.Answer;
import org.fedoraproject.fmn.app.api.RunningFmn.Caller;
import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.testing.TcpProxy;
import org.fedoraproject.fmn.testing.LocalServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each change to a rule through the API is announced on the real RabbitMQ as FMN announces it,
 * {@code fmn.rule.create.v1}, {@code .update.v1}, {@code .delete.v1} on {@code amq.topic}, and
 * none is lost while the bus is out of reach: FMN talks to the broker through a
 * {@link TcpProxy} the test cuts. The test reads the messages from a queue of its own, bound
 * to the broker directly. Other programs may announce rule changes on the same broker, so each
 * test names its rules with a random tag and reads only the messages about those.
 */
class RuleChangeMessagesIT {

    private static final int RABBIT = 5672;
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** A line of the Prometheus text format: name, labels, value. */
    private static final Pattern SAMPLE = Pattern.compile("(?m)^(\\w+)(?:\\{[^}]*})? (\\S+)$");

    @TempDir
    static Path dataDir;

    static TcpProxy bus;
    static CachingConnectionFactory broker;
    static Queue queue;
    static RunningFmn fmn;
    static Caller mira;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(LocalServices.listening(RABBIT), "RabbitMQ is not running on 127.0.0.1:" + RABBIT + ": the rule-change message tests are skipped");
        broker = new CachingConnectionFactory(URI.create("amqp://guest:guest@127.0.0.1:" + RABBIT + "/%2F"));
        queue = new Queue("fmn-api-test-" + UUID.randomUUID(), false, true, true);
        RabbitAdmin admin = new RabbitAdmin(broker);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange("amq.topic")).with("fmn.rule.#"));
        bus = new TcpProxy(RABBIT);
        fmn = RunningFmn.start(dataDir,
                "--fmn.bus.url=amqp://guest:guest@127.0.0.1:" + bus.port() + "/%2F",
                "--fmn.outbox.poll-interval=200ms",
                "--fmn.outbox.retry-max=1s");
        mira = fmn.as("mira");
    }

    @AfterAll
    static void stop() throws IOException {
        if (fmn != null) {
            fmn.close();
        }
        if (bus != null) {
            bus.close();
        }
        if (broker != null) {
            new RabbitAdmin(broker).deleteQueue(queue.getName());
            broker.destroy();
        }
    }

    @Test
    void creatingReplacingDisablingAndDeletingARuleAreAnnouncedInFmnsFormat() {
        String tag = tag();
        JsonNode created = mira.post("users/mira/rules", RuleBodies.packages("Announced " + tag, "mira", "mira@example.org")).json(200);
        long id = created.path("id").asLong();
        ObjectNode edited = (ObjectNode) created.deepCopy();
        edited.put("name", "Announced again " + tag);
        JsonNode replaced = mira.put("users/mira/rules/" + id, edited).json(200);
        JsonNode disabled = fmn.as("vera").patch("admin/rules/" + id, "{\"disabled\": true}").json(200);
        mira.delete("users/mira/rules/" + id).json(200);

        List<Message> messages = awaitMessages(tag, received -> received.size() >= 4);

        assertThat(messages).extracting(message -> message.getMessageProperties().getReceivedRoutingKey())
                .containsExactly("fmn.rule.create.v1", "fmn.rule.update.v1", "fmn.rule.update.v1", "fmn.rule.delete.v1");
        assertThat(messages).allSatisfy(RuleChangeMessagesIT::isInFedoraMessagingsWireFormat);
        assertThat(body(messages.get(0)).path("rule")).isEqualTo(created);
        assertThat(body(messages.get(1)).path("rule")).isEqualTo(replaced);
        assertThat(body(messages.get(2)).path("rule")).isEqualTo(disabled);
        assertThat(body(messages.get(3)).path("rule")).isEqualTo(disabled);
        // the owner as FMN's API shows users: {"id", "name", "is_admin"}
        assertThat(messages).extracting(message -> body(message).path("user")).containsOnly(created.path("user"));
        assertThat(created.path("user").path("name").asString()).isEqualTo("mira");
        assertThat(messages).extracting(message -> message.getMessageProperties().getMessageId()).doesNotHaveDuplicates();
    }

    @Test
    void changesDuringABusOutageAreAnsweredAtOnceAndAnnouncedWhenTheBusIsBack() {
        String tag = tag();
        double failedBefore = metric("fmn_outbox_failed_total");
        bus.cut();
        long first;
        long second;
        try {
            first = answeredAtOnce(() -> mira.post("users/mira/rules", RuleBodies.packages("First " + tag, "mira", "mira@example.org")))
                    .path("id").asLong();
            ObjectNode edited = RuleBodies.packages("First, edited " + tag, "mira", "matrix", "@mira:fedora.im");
            answeredAtOnce(() -> mira.put("users/mira/rules/" + first, edited));
            second = answeredAtOnce(() -> mira.post("users/mira/rules", RuleBodies.packages("Second " + tag, "mira", "mira@example.org")))
                    .path("id").asLong();
            answeredAtOnce(() -> mira.delete("users/mira/rules/" + second));

            awaitMetric("fmn_outbox_failed_total", value -> value > failedBefore);
            assertThat(metric("fmn_outbox_pending")).isGreaterThanOrEqualTo(4);
            assertThat(receive(tag, Duration.ofSeconds(1))).as("nothing reaches the bus while it is cut").isEmpty();
        } finally {
            bus.restore();
        }

        Map<String, String> expected = Map.of(
                "fmn.rule.create.v1 " + first, "First " + tag,
                "fmn.rule.update.v1 " + first, "First, edited " + tag,
                "fmn.rule.create.v1 " + second, "Second " + tag,
                "fmn.rule.delete.v1 " + second, "Second " + tag);
        List<Message> messages = awaitMessages(tag, received -> changes(received).keySet().containsAll(expected.keySet()));

        Map<String, List<Message>> byChange = changes(messages);
        assertThat(byChange.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        byChange.forEach((change, copies) -> {
            assertThat(body(copies.getFirst()).path("rule").path("name").asString()).as(change).isEqualTo(expected.get(change));
            // at least once: a message published again after a lost confirm keeps its id
            assertThat(copies).extracting(message -> message.getMessageProperties().getMessageId()).as(change).containsOnly(
                    copies.getFirst().getMessageProperties().getMessageId());
        });
        assertThat(messages).allSatisfy(RuleChangeMessagesIT::isInFedoraMessagingsWireFormat);
        awaitMetric("fmn_outbox_pending", value -> value == 0);
    }

    private static void isInFedoraMessagingsWireFormat(Message message) {
        var properties = message.getMessageProperties();
        String topic = properties.getReceivedRoutingKey();
        assertThat(UUID.fromString(properties.getMessageId())).hasToString(properties.getMessageId());
        assertThat(properties.getContentType()).isEqualTo("application/json");
        assertThat((Object) properties.getHeader("fedora_messaging_schema")).hasToString(topic);
        assertThat((Object) properties.getHeader("fedora_messaging_severity")).hasToString("20");
        OffsetDateTime sentAt = OffsetDateTime.parse(properties.getHeader("sent-at").toString());
        assertThat(Duration.between(sentAt.toInstant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(5));
        JsonNode body = body(message);
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("rule", "user");
        assertThat(body.path("rule").path("id").isIntegralNumber()).isTrue();
        assertThat(body.path("user").path("name").asString()).isNotBlank();
    }

    /** The API's answer, after checking it is a 200 that came long before the bus's confirm timeout. */
    private static JsonNode answeredAtOnce(Supplier<Answer> call) {
        long start = System.nanoTime();
        Answer answer = call.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("%s waited for the bus", answer.call()).isLessThan(Duration.ofSeconds(5));
        return answer.json(200);
    }

    /** The messages grouped by change: topic and rule id. */
    private static Map<String, List<Message>> changes(List<Message> messages) {
        Map<String, List<Message>> byChange = new LinkedHashMap<>();
        for (Message message : messages) {
            String change = message.getMessageProperties().getReceivedRoutingKey() + " " + body(message).path("rule").path("id").asLong();
            byChange.computeIfAbsent(change, c -> new ArrayList<>()).add(message);
        }
        return byChange;
    }

    /** Reads this test's messages until {@code enough} says so (failing after a while), then a little longer for strays. */
    private static List<Message> awaitMessages(String tag, Predicate<List<Message>> enough) {
        List<Message> received = new ArrayList<>();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!enough.test(received)) {
            assertThat(Instant.now()).as("messages about %s by now; got %s", tag, received).isBefore(deadline);
            received.addAll(receive(tag, Duration.ofMillis(500)));
        }
        received.addAll(receive(tag, Duration.ofMillis(500)));
        return received;
    }

    /** The messages about rules named with {@code tag} that arrive within {@code wait}; others are dropped. */
    private static List<Message> receive(String tag, Duration wait) {
        RabbitTemplate rabbit = new RabbitTemplate(broker);
        List<Message> received = new ArrayList<>();
        Instant until = Instant.now().plus(wait);
        while (Instant.now().isBefore(until)) {
            // basic.get: a consumer's cancel would delete the auto-delete queue
            Message message = rabbit.receive(queue.getName());
            if (message == null) {
                sleep(Duration.ofMillis(50));
            } else if (body(message).path("rule").path("name").asString("").endsWith(tag)) {
                received.add(message);
            }
        }
        return received;
    }

    private static JsonNode body(Message message) {
        return Json.parse(new String(message.getBody(), StandardCharsets.UTF_8), "message " + message.getMessageProperties().getMessageId());
    }

    /** A metric's value from FMN's Prometheus endpoint (summed over its labels). */
    private static double metric(String name) {
        Answer metrics = fmn.call(HttpRequest.newBuilder(fmn.base().resolve("actuator/prometheus")));
        assertThat(metrics.status()).isEqualTo(200);
        double total = 0;
        Matcher sample = SAMPLE.matcher(metrics.body());
        while (sample.find()) {
            if (sample.group(1).equals(name)) {
                total += Double.parseDouble(sample.group(2));
            }
        }
        return total;
    }

    private static void awaitMetric(String name, DoublePredicate condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        double value;
        while (!condition.test(value = metric(name))) {
            assertThat(Instant.now()).as("%s is %s", name, value).isBefore(deadline);
            sleep(Duration.ofMillis(200));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tag() {
        return "#" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

}
