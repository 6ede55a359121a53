package org.fedoraproject.fmn.app.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.fedoraproject.fmn.consumer.MessageConsumer;
import org.fedoraproject.fmn.message.AmqpMessage;
import org.fedoraproject.fmn.message.AmqpMessageCodec;
import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.queue.QueueTopology;
import org.fedoraproject.fmn.sender.queue.RetryPolicy;
import org.fedoraproject.fmn.sender.queue.SendQueueNames;
import org.fedoraproject.fmn.sender.spring.SenderProperties;
import org.fedoraproject.fmn.testing.LocalServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConnectionFactory;

import tools.jackson.databind.node.ObjectNode;

/**
 * FMN as production runs it: the roles in separate processes on PostgreSQL, Redis and RabbitMQ.
 * One process serves the API and consumes the bus (its senders off); the other only sends (its
 * consumer off). A rule made through the first process's API turns a message published on the
 * bus into a mail in the second process's outbox and a line in its chat log.
 */
class RolesAsProcessesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String NAME = "fmn-roles-" + UUID.randomUUID();
    private static final String PREFIX = NAME + ".";

    @TempDir
    static Path apiAndConsumerDir;

    @TempDir
    static Path sendersDir;

    static String database;
    static RunningFmn apiAndConsumer;
    static RunningFmn senders;

    @BeforeAll
    static void start() {
        assumeTrue(LocalServices.listening(LocalServices.RABBITMQ) && LocalServices.listening(LocalServices.REDIS), "RabbitMQ or Redis is not running on 127.0.0.1: the roles test is skipped");
        try (Connection server = postgres(); Statement statement = server.createStatement()) {
            database = "fmn_roles_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL is not reachable on 127.0.0.1:5432 (" + e.getMessage() + "): the roles test is skipped");
        }
        String[] shared = {
            "--fmn.database.url=jdbc:postgresql://127.0.0.1:5432/" + database,
            "--fmn.database.username=postgres",
            "--fmn.bus.url=amqp://guest:guest@127.0.0.1:5672/%2F",
            "--fmn.cache.redis-url=redis://127.0.0.1:6379",
            "--fmn.cache.key-prefix=" + NAME,
            "--fmn.sender.queue-prefix=" + PREFIX,
            "--fmn.consumer.queue=" + NAME,
            "--fmn.consumer.durable=false",
            "--fmn.outbox.poll-interval=100ms",
        };
        apiAndConsumer = RunningFmn.start(apiAndConsumerDir, with(shared,
                "--fmn.sender.email.enabled=false", "--fmn.sender.chat-log.enabled=false"));
        senders = RunningFmn.start(sendersDir, with(shared, "--fmn.consumer.enabled=false"));
        await().atMost(PATIENCE).until(() -> apiAndConsumer.context().getBean(MessageConsumer.class).ready());
    }

    @AfterAll
    static void stop() throws Exception {
        RetryPolicy retries = null;
        if (senders != null) {
            SenderProperties settings = senders.context().getBean(SenderProperties.class);
            retries = new RetryPolicy(settings.retryFirstDelay(), settings.retryMaxDelay(), settings.maxAttempts());
            senders.close();
        }
        if (apiAndConsumer != null) {
            apiAndConsumer.close();
        }
        if (database != null) {
            try (var connection = rabbit().newConnection(); Channel channel = connection.createChannel()) {
                channel.queueDelete(NAME);
                channel.queueDelete(NAME + ".dead");
            }
            if (retries != null) {
                CachingConnectionFactory connections = new CachingConnectionFactory(rabbit());
                RabbitAdmin admin = new RabbitAdmin(connections);
                for (Protocol protocol : Protocol.values()) {
                    new QueueTopology(new SendQueueNames(PREFIX, protocol), Map.of(), false).delete(admin, retries);
                }
                connections.destroy();
            }
            try (Connection server = postgres(); Statement statement = server.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    @Test
    void aRuleMadeOnTheApiProcessReachesTheSendersProcessThroughTheBus() throws Exception {
        assertThat(senders.context().getBeanNamesForType(MessageConsumer.class)).as("the senders' process consumes nothing").isEmpty();
        ObjectNode rule = RuleBodies.miraPackagesByEmailAndMatrix();
        long id = apiAndConsumer.as("mira").post("users/mira/rules", rule).json(200).path("id").asLong();
        MessageConsumer consumer = apiAndConsumer.context().getBean(MessageConsumer.class);
        await().atMost(PATIENCE).until(() -> consumer.rules().index().orElseThrow().rule(id).isPresent());

        String line = Files.readAllLines(Path.of("..", "demo", "messages.jsonl"), UTF_8).getFirst();
        var message = SerializedMessageCodec.read(line.getBytes(UTF_8));
        String messageId = UUID.randomUUID().toString();
        AmqpMessage amqp = AmqpMessageCodec.write(new org.fedoraproject.fmn.message.Message(messageId, message.topic(),
                message.headers(), message.body(), null, null));
        try (var connection = rabbit().newConnection(); Channel channel = connection.createChannel()) {
            channel.basicPublish("amq.topic", amqp.routingKey(), new AMQP.BasicProperties.Builder()
                    .messageId(amqp.messageId()).contentType(amqp.contentType()).deliveryMode(2)
                    .headers(new HashMap<>(amqp.headers())).build(), amqp.body());
        }

        Path outbox = sendersDir.resolve("outbox");
        await().atMost(PATIENCE).until(() -> Outbox.mails(outbox).stream().anyMatch(mail -> mail.contains(messageId)));
        assertThat(Outbox.mails(apiAndConsumerDir.resolve("outbox"))).as("the API's process sends nothing").isEmpty();
        Path chatLog = sendersDir.resolve("chat.log");
        await().atMost(PATIENCE).until(() -> Files.exists(chatLog)
                && Files.readString(chatLog, UTF_8).contains(" matrix @mira:fedora.im "));
    }

    private static String[] with(String[] shared, String... more) {
        return Stream.concat(Stream.of(shared), Stream.of(more)).toArray(String[]::new);
    }

    private static ConnectionFactory rabbit() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        return factory;
    }


    private static Connection postgres() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("connectTimeout", "3");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", properties);
    }
}
