package org.fedoraproject.fmn.backend.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.testing.TcpProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import tools.jackson.databind.node.ObjectNode;

/** Publishing on the real RabbitMQ on loopback, as fedora-messaging consumers will read it. */
class RabbitBusPublisherIT {

    private static final int RABBIT = 5672;

    private CachingConnectionFactory connections;
    private RabbitAdmin admin;
    private Queue queue;

    @BeforeEach
    void connect() throws Exception {
        assumeTrue(reachable(), "RabbitMQ is not running on 127.0.0.1:5672");
        connections = factory(RABBIT);
        admin = new RabbitAdmin(connections);
        queue = new Queue("fmn-test-" + java.util.UUID.randomUUID(), false, true, true);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange("amq.topic")).with("test.fmn.rule.#"));
    }

    @AfterEach
    void disconnect() {
        if (connections != null) {
            admin.deleteQueue(queue.getName());
            connections.destroy();
        }
    }

    private static CachingConnectionFactory factory(int port) {
        CachingConnectionFactory factory = new CachingConnectionFactory(URI.create("amqp://guest:guest@127.0.0.1:" + port + "/%2F"));
        factory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        factory.setPublisherReturns(true);
        return factory;
    }

    private static boolean reachable() {
        try (Socket socket = new Socket("127.0.0.1", RABBIT)) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static Message ruleMessage(String id) {
        ObjectNode headers = Json.MAPPER.createObjectNode();
        headers.put("fedora_messaging_schema", "fmn.rule.update.v1");
        headers.put("fedora_messaging_severity", 20);
        headers.put("sent-at", "2026-12-01T10:00:00+00:00");
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.putObject("rule").put("id", 4).put("name", "Zürich builds");
        body.putObject("user").put("name", "mira");
        return new Message(id, "test.fmn.rule.update.v1", headers, body, null, null);
    }

    private static RabbitBusPublisher publisher(CachingConnectionFactory factory) {
        RabbitTemplate template = new RabbitTemplate(factory);
        template.setMandatory(true);
        return new RabbitBusPublisher(template, "amq.topic", Duration.ofSeconds(5));
    }

    @Test
    void aConfirmedMessageIsOnTheBusInFedoraMessagingsWireFormat() throws Exception {
        publisher(connections).publish(ruleMessage("6b4c1a2e-0000-4000-8000-000000000001"));

        org.springframework.amqp.core.Message received = new RabbitTemplate(connections).receive(queue.getName(), 5000);
        assertThat(received).isNotNull();
        assertThat(received.getMessageProperties().getReceivedRoutingKey()).isEqualTo("test.fmn.rule.update.v1");
        assertThat(received.getMessageProperties().getMessageId()).isEqualTo("6b4c1a2e-0000-4000-8000-000000000001");
        assertThat(received.getMessageProperties().getContentType()).isEqualTo("application/json");
        assertThat((Object) received.getMessageProperties().getHeader("fedora_messaging_schema")).hasToString("fmn.rule.update.v1");
        assertThat(Json.parse(new String(received.getBody(), StandardCharsets.UTF_8), "body").get("rule").get("name").stringValue())
                .isEqualTo("Zürich builds");
    }

    @Test
    void noBusIsAFailureToRetryNotASilentLoss() throws Exception {
        try (TcpProxy proxy = new TcpProxy(RABBIT)) {
            CachingConnectionFactory throughProxy = factory(proxy.port());
            try {
                proxy.cut();

                assertThatThrownBy(() -> publisher(throughProxy).publish(ruleMessage("6b4c1a2e-0000-4000-8000-000000000002")))
                        .isInstanceOf(BusPublisher.BusException.class);

                proxy.restore();
                publisher(throughProxy).publish(ruleMessage("6b4c1a2e-0000-4000-8000-000000000003"));
                assertThat(new RabbitTemplate(connections).receive(queue.getName(), 5000).getMessageProperties().getMessageId())
                        .isEqualTo("6b4c1a2e-0000-4000-8000-000000000003");
            } finally {
                throughProxy.destroy();
            }
        }
    }
}
