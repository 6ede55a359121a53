package org.fedoraproject.fmn.bus.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.fedoraproject.fmn.bus.BrokerDialect;
import org.fedoraproject.fmn.bus.ConnectionFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.GetResponse;

/** The embedded Qpid broker, through the same Spring AMQP code that talks to RabbitMQ. */
class EmbeddedBrokerTest {

    @TempDir
    Path folder;

    @Test
    void publishesWithConfirmsToATopicQueueAndDelivers() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(folder, 0)) {
            CachingConnectionFactory connections = ConnectionFactories.create(broker.connectionSettings(), true);
            try {
                RabbitAdmin admin = new RabbitAdmin(connections);
                Queue queue = new Queue("builds", true, false, false);
                admin.declareQueue(queue);
                admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange("amq.topic")).with("org.fedoraproject.*.buildsys.#"));
                RabbitTemplate rabbit = new RabbitTemplate(connections);

                CorrelationData confirm = new CorrelationData("m-1");
                rabbit.send("amq.topic", "org.fedoraproject.prod.buildsys.build.state.change", persistent("a build", "m-1"), confirm);

                assertThat(confirm.getFuture().get(10, TimeUnit.SECONDS).ack()).isTrue();
                Message received = rabbit.receive("builds", 10_000);
                assertThat(new String(received.getBody(), StandardCharsets.UTF_8)).isEqualTo("a build");
                assertThat(received.getMessageProperties().getMessageId()).isEqualTo("m-1");
                assertThat((String) received.getMessageProperties().getHeader("fedora_messaging_schema")).isEqualTo("test");
            } finally {
                connections.destroy();
            }
        }
    }

    @Test
    void aPersistentMessageInADurableQueueSurvivesARestart() {
        try (EmbeddedBroker broker = EmbeddedBroker.start(folder, 0)) {
            CachingConnectionFactory connections = ConnectionFactories.create(broker.connectionSettings(), true);
            new RabbitAdmin(connections).declareQueue(new Queue("kept", true, false, false));
            new RabbitTemplate(connections).send("", "kept", persistent("still here", "m-2"));
            connections.destroy();
        }
        assertThat(folder.resolve(EmbeddedBroker.ADDRESS_FILE)).as("the address goes with the broker").doesNotExist();

        try (EmbeddedBroker restarted = EmbeddedBroker.start(folder, 0)) {
            CachingConnectionFactory connections = ConnectionFactories.create(restarted.connectionSettings(), true);
            Message received = new RabbitTemplate(connections).receive("kept", 10_000);
            connections.destroy();
            assertThat(received).isNotNull();
            assertThat(new String(received.getBody(), StandardCharsets.UTF_8)).isEqualTo("still here");
        }
    }

    @Test
    void aRejectedMessageIsDeadLettered() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(folder, 0)) {
            CachingConnectionFactory connections = ConnectionFactories.create(broker.connectionSettings(), true);
            try {
                RabbitAdmin admin = new RabbitAdmin(connections);
                admin.declareExchange(new DirectExchange("dead-letters"));
                Queue dead = new Queue("dead", true, false, false);
                admin.declareQueue(dead);
                admin.declareBinding(BindingBuilder.bind(dead).to(new DirectExchange("dead-letters")).with("work"));
                BrokerDialect dialect = BrokerDialect.of(connections);
                assertThat(dialect).isEqualTo(BrokerDialect.QPID);
                admin.declareQueue(new Queue("work", true, false, false,
                        dialect.queueArguments(Map.of("x-dead-letter-exchange", "dead-letters", "x-queue-type", "classic"))));
                new RabbitTemplate(connections).send("", "work", persistent("poison", "m-3"));

                try (Channel channel = connections.createConnection().createChannel(false)) {
                    GetResponse poison = channel.basicGet("work", false);
                    channel.basicReject(poison.getEnvelope().getDeliveryTag(), false);
                }

                Message deadLettered = new RabbitTemplate(connections).receive("dead", 10_000);
                assertThat(deadLettered).as("the rejected message, in the dead-letter queue").isNotNull();
                assertThat(new String(deadLettered.getBody(), StandardCharsets.UTF_8)).isEqualTo("poison");
            } finally {
                connections.destroy();
            }
        }
    }

    @Test
    void aSingleActiveConsumerGetsEverythingUntilItGoes() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(folder, 0)) {
            CachingConnectionFactory connections = ConnectionFactories.create(broker.connectionSettings(), true);
            try {
                new RabbitAdmin(connections).declareQueue(new Queue("send.email", true, false, false,
                        BrokerDialect.of(connections).queueArguments(Map.of("x-single-active-consumer", true))));
                List<String> first = new CopyOnWriteArrayList<>();
                List<String> second = new CopyOnWriteArrayList<>();
                // Connections of their own, which really close (the cache keeps its channels open).
                com.rabbitmq.client.Connection firstConnection = connections.getRabbitConnectionFactory().newConnection();
                com.rabbitmq.client.Connection secondConnection = connections.getRabbitConnectionFactory().newConnection();
                Channel firstChannel = firstConnection.createChannel();
                Channel secondChannel = secondConnection.createChannel();
                firstChannel.basicConsume("send.email", false, collect(firstChannel, first));
                secondChannel.basicConsume("send.email", false, collect(secondChannel, second));
                RabbitTemplate rabbit = new RabbitTemplate(connections);
                rabbit.send("", "send.email", persistent("one", "n-1"));
                rabbit.send("", "send.email", persistent("two", "n-2"));

                await().atMost(Duration.ofSeconds(10)).until(() -> first.size() == 2);
                assertThat(second).as("the second consumer waits while the first is there").isEmpty();

                firstConnection.close(); // unacknowledged: both go back, to the consumer left
                await().atMost(Duration.ofSeconds(10)).until(() -> second.size() == 2);
                assertThat(second).containsExactly("one", "two");
                secondConnection.close();
            } finally {
                connections.destroy();
            }
        }
    }

    private static DefaultConsumer collect(Channel channel, List<String> into) {
        return new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
                into.add(new String(body, StandardCharsets.UTF_8));
            }
        };
    }

    @Test
    void writesItsAddressForItsOwnerOnly() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(folder, 0)) {
            assertThat(AddressFile.read(folder)).contains(broker.url());
            assertThat(Files.getPosixFilePermissions(folder.resolve(EmbeddedBroker.ADDRESS_FILE)))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
            assertThat(broker.url().getHost()).isEqualTo("127.0.0.1");
        }
        assertThat(AddressFile.read(folder)).isEmpty();
    }

    @Test
    void saysSoWhenItsPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedBroker.start(folder, taken.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + taken.getLocalPort() + " is taken")
                    .hasMessageContaining("fmn.broker.port");
        }
    }

    static Message persistent(String body, String id) {
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(id);
        properties.setContentType("application/json");
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setHeader("fedora_messaging_schema", "test");
        return new Message(body.getBytes(StandardCharsets.UTF_8), properties);
    }

}
