package org.fedoraproject.fmn.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import org.fedoraproject.fmn.notification.NotificationContent;
import org.fedoraproject.fmn.notification.SendQueue;
import org.fedoraproject.fmn.notification.SendQueueJson;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.queue.QueueTopology;
import org.fedoraproject.fmn.sender.queue.RetryPolicy;
import org.fedoraproject.fmn.sender.queue.SendQueueNames;
import org.fedoraproject.fmn.testing.LocalServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * {@code fmn serve} with a send queue on the real RabbitMQ: a notification published as the
 * consumer publishes it becomes an {@code .eml} in {@code data/outbox/}, once however often it
 * is published, and its one-click link disables the rule.
 */
class EmailSenderIT {

    private static final String RABBIT_URL = "amqp://guest:guest@127.0.0.1:5672/%2F";
    private static final String PREFIX = "fmn-test-" + UUID.randomUUID() + ".";
    private static final RetryPolicy RETRIES = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(2), 3);

    @TempDir
    static Path dataDir;

    static RunningFmn fmn;
    static CachingConnectionFactory connections;

    @BeforeAll
    static void start() {
        assumeTrue(LocalServices.listening(LocalServices.RABBITMQ), "RabbitMQ is not running on 127.0.0.1:5672");
        connections = new CachingConnectionFactory(URI.create(RABBIT_URL));
        fmn = RunningFmn.start(dataDir, "--fmn.send-queue.url=" + RABBIT_URL, "--fmn.sender.queue-prefix=" + PREFIX,
                "--fmn.sender.retry-first-delay=1s", "--fmn.sender.retry-max-delay=2s", "--fmn.sender.max-attempts=3");
    }

    @AfterAll
    static void stop() {
        if (fmn != null) {
            fmn.close();
        }
        if (connections != null) {
            new QueueTopology(new SendQueueNames(PREFIX, Protocol.EMAIL), Map.of(), false).delete(new RabbitAdmin(connections), RETRIES);
            connections.destroy();
        }
    }


    private static void publish(String id, long rule, NotificationContent.Email email) {
        MessageProperties properties = new MessageProperties();
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setMessageId(id);
        properties.setTimestamp(new Date());
        properties.setHeader(SendQueue.NOTIFICATION_ID, id);
        properties.setHeader(SendQueue.RULE_ID, rule);
        properties.setHeader(SendQueue.RULE_OWNER, "mira");
        new RabbitTemplate(connections).send(SendQueue.EXCHANGE, PREFIX + "send.email", new Message(SendQueueJson.toBytes(email), properties));
    }

    private static List<Path> outbox() throws IOException {
        Path outbox = dataDir.resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(file -> file.toString().endsWith(".eml")).toList();
        }
    }

    private static String metrics() {
        return fmn.call(HttpRequest.newBuilder(fmn.base().resolve("actuator/prometheus"))).body();
    }

    @Test
    void aNotificationBecomesOneMailInTheOutboxWhoseLinkDisablesTheRule() throws Exception {
        long rule = fmn.as("mira").post("users/mira/rules", RuleBodies.packages("Koji builds", "mira", "mira@example.org")).json(200)
                .path("id").asLong();
        var email = new NotificationContent.Email(Map.of("To", "mira@example.org", "Subject", "[koji] build done"),
                "rpm-4.20 built\nhttps://koji.fedoraproject.org/koji/taskinfo?taskID=1", "Sent by Fedora Notifications: /rules/" + rule);

        publish("e2e-1", rule, email);
        publish("e2e-1", rule, email);

        await().until(() -> metrics().contains("fmn_sender_duplicates_total{protocol=\"email\"} 1.0"));
        assertThat(metrics()).contains("fmn_sender_sent_total{protocol=\"email\"} 1.0");
        List<Path> mails = outbox();
        assertThat(mails).hasSize(1);
        MimeMessage mail;
        try (InputStream in = Files.newInputStream(mails.getFirst())) {
            mail = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(mail.getSubject()).isEqualTo("[koji] build done");
        assertThat(mail.getHeader("From", null)).isEqualTo("Fedora Notifications <notifications@localhost>");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String link = mail.getHeader("List-Unsubscribe", null);
        String token = link.substring(link.indexOf("token=") + "token=".length(), link.length() - 1);

        var answer = fmn.anonymous().send("POST", "unsubscribe?token=" + token, HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"),
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(fmn.as("mira").get("users/mira/rules/" + rule).json(200).path("disabled").asBoolean()).isTrue();
    }

    @Test
    void theEmailSendersHealthIsUpWhileItReadsItsQueue() {
        var senders = fmn.context().getBean("sendersHealthContributor", CompositeHealthContributor.class);
        var email = (HealthIndicator) senders.getContributor("email");
        await().until(() -> email.health().getStatus().equals(Status.UP));
        assertThat(email.health().getDetails()).containsEntry("queue", PREFIX + "send.email");
        assertThat(senders.getContributor("irc")).as("IRC, to the chat log of the embedded default").isNotNull();
    }
}
