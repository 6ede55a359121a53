package org.fedoraproject.fmn.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fedoraproject.fmn.app.Fmn;
import org.fedoraproject.fmn.bus.ConnectionFactories;
import org.fedoraproject.fmn.bus.ConnectionSettings;
import org.fedoraproject.fmn.bus.embedded.EmbeddedBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** {@code fmn replay} into the real RabbitMQ on loopback and into the embedded broker. */
class ReplayCommandIT {

    private static final URI RABBIT = URI.create("amqp://guest:guest@127.0.0.1:5672/%2F");

    @TempDir
    Path folder;

    @Test
    void publishesEachMessageAsFedoraMessagingDoesAndReportsBadLines() throws Exception {
        assumeTrue(reachable(5672), "RabbitMQ is not running on 127.0.0.1:5672: the replay into RabbitMQ is skipped");
        String prefix = "test.fmn.replay." + UUID.randomUUID();
        Path file = folder.resolve("stream.jsonl");
        Files.writeString(file, message("m-1", prefix + ".buildsys.build.state.change", "ünïcode") + "\n"
                + "{not json\n"
                + message("m-2", prefix + ".bodhi.update.comment", "two") + "\n"
                + "\n"
                + message("m-3", prefix + ".git.receive", "three") + "\n");

        CachingConnectionFactory connections = ConnectionFactories.create(ConnectionSettings.of(RABBIT, "fmn-test"), false);
        RabbitAdmin admin = new RabbitAdmin(connections);
        Queue queue = new Queue("fmn-test-replay-" + UUID.randomUUID(), false, false, false);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange("amq.topic")).with(prefix + ".#"));
        try {
            Run run = replay(file.toString(), "--bus-url", RABBIT.toString());

            assertThat(run.status).as(run.err).isEqualTo(1);
            assertThat(run.err).contains(file + ":2: message is not valid JSON").contains("3 messages published");
            List<Message> received = receiveAll(connections, queue.getName(), 3);
            assertThat(received).extracting(m -> m.getMessageProperties().getMessageId()).containsExactly("m-1", "m-2", "m-3");
            assertThat(received).extracting(m -> m.getMessageProperties().getReceivedRoutingKey()).containsExactly(
                    prefix + ".buildsys.build.state.change", prefix + ".bodhi.update.comment", prefix + ".git.receive");
            Message first = received.getFirst();
            assertThat(first.getMessageProperties().getContentType()).isEqualTo("application/json");
            assertThat(first.getMessageProperties().getContentEncoding()).isEqualTo("utf-8");
            assertThat(first.getMessageProperties().getReceivedDeliveryMode()).isEqualTo(MessageDeliveryMode.PERSISTENT);
            assertThat(first.getMessageProperties().getHeaders())
                    .containsEntry("fedora_messaging_schema", "test.v1")
                    .containsEntry("fedora_messaging_severity", 20)
                    .containsEntry("sent-at", "2026-12-01T10:00:00+00:00")
                    .containsEntry("fedora_messaging_user_mira", true);
            assertThat(new String(first.getBody(), StandardCharsets.UTF_8)).isEqualTo("{\"text\":\"ünïcode\",\"n\":1}");
            assertThat(new RabbitTemplate(connections).receive(queue.getName())).as("nothing more").isNull();
        } finally {
            admin.deleteQueue(queue.getName());
            connections.destroy();
        }
    }

    @Test
    void findsTheEmbeddedBrokerOfARunningServe() throws Exception {
        Path data = folder.resolve("data");
        try (EmbeddedBroker broker = EmbeddedBroker.start(data.resolve("broker"), 0)) {
            CachingConnectionFactory connections = ConnectionFactories.create(broker.connectionSettings(), false);
            RabbitAdmin admin = new RabbitAdmin(connections);
            Queue queue = new Queue("replayed", true, false, false);
            admin.declareQueue(queue);
            admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange("amq.topic")).with("org.fedoraproject.#"));
            Path file = folder.resolve("stream.jsonl");
            List<String> lines = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                ids.add("e-" + i);
                lines.add(message("e-" + i, "org.fedoraproject.prod.buildsys.build.state.change", "build " + i));
            }
            Files.write(file, lines);
            try {
                Run run = replay(file.toString(), "--data-dir", data.toString(), "--rate", "500");

                assertThat(run.status).as(run.err).isZero();
                assertThat(run.err).contains("50 messages published to amqp://fmn:***@127.0.0.1:" + broker.port());
                assertThat(receiveAll(connections, "replayed", 50)).extracting(m -> m.getMessageProperties().getMessageId())
                        .containsExactlyElementsOf(ids);
            } finally {
                connections.destroy();
            }
        }
    }

    @Test
    void saysWhenThereIsNoBus() throws Exception {
        Path file = folder.resolve("stream.jsonl");
        Files.writeString(file, message("m-1", "t", "x") + "\n");

        Run none = replay(file.toString(), "--data-dir", folder.resolve("data").toString());
        assertThat(none.status).isEqualTo(2);
        assertThat(none.err).contains("no bus to publish to").contains("./fmn serve");

        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Run refused = replay(file.toString(), "--bus-url", "amqp://guest:secret@127.0.0.1:" + closed + "/%2F");
        assertThat(refused.status).isEqualTo(2);
        assertThat(refused.err).contains("cannot connect to amqp://guest:***@127.0.0.1:" + closed).doesNotContain("secret");
    }

    private static String message(String id, String topic, String text) {
        return "{\"id\":\"" + id + "\",\"topic\":\"" + topic + "\",\"headers\":{\"fedora_messaging_schema\":\"test.v1\","
                + "\"fedora_messaging_severity\":20,\"sent-at\":\"2026-12-01T10:00:00+00:00\",\"fedora_messaging_user_mira\":true},"
                + "\"body\":{\"text\":\"" + text + "\",\"n\":1},\"queue\":null}";
    }

    /** The first {@code count} messages of the queue, in its order (got one by one: no consumer reorders them). */
    private static List<Message> receiveAll(CachingConnectionFactory connections, String queue, int count) {
        RabbitTemplate rabbit = new RabbitTemplate(connections);
        List<Message> received = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Message message = rabbit.receive(queue);
            if (message != null) {
                received.add(message);
            }
            return received.size() == count;
        });
        return received;
    }

    private record Run(int status, String err) {
    }

    private static Run replay(String... args) {
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "replay";
        System.arraycopy(args, 0, all, 1, args.length);
        int status = Fmn.commandLine().setErr(new PrintWriter(err)).execute(all);
        return new Run(status, err.toString());
    }

    private static boolean reachable(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
