package org.fedoraproject.fmn.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;

import org.fedoraproject.fmn.bus.embedded.EmbeddedBroker;
import org.fedoraproject.fmn.bus.embedded.EmbeddedBrokerConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which connections a program gets from its settings. */
class BusConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedBrokerConfiguration.class, BusConfiguration.class);

    @TempDir
    Path folder;

    @Test
    void noBusNoConnections() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean("busConnectionFactory").doesNotHaveBean(EmbeddedBroker.class);
        });
    }

    @Test
    void aConfiguredBusIsBothConnectionsUnlessTheSendQueuesHaveTheirOwn() {
        runner.withPropertyValues("fmn.bus.url=amqp://fmn:secret@bus.example.org:5672/%2Fpubsub",
                "fmn.bus.connection-name=fmn-consumer-1", "fmn.bus.heartbeat=15s", "fmn.broker.enabled=true").run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedBroker.class);
                    CachingConnectionFactory bus = context.getBean("busConnectionFactory", CachingConnectionFactory.class);
                    CachingConnectionFactory sendQueue = context.getBean("sendQueueConnectionFactory", CachingConnectionFactory.class);
                    assertThat(bus.getHost()).isEqualTo("bus.example.org");
                    assertThat(bus.getVirtualHost()).isEqualTo("/pubsub");
                    assertThat(bus.getRabbitConnectionFactory().getRequestedHeartbeat()).isEqualTo(15);
                    assertThat(bus.isPublisherConfirms()).isTrue();
                    assertThat(sendQueue.getHost()).isEqualTo("bus.example.org");
                    assertThat(sendQueue.getUsername()).isEqualTo("fmn");
                });
        runner.withPropertyValues("fmn.bus.url=amqp://fmn:secret@bus.example.org:5672/%2Fpubsub",
                "fmn.send-queue.url=amqp://sender:pw@queues.internal:5673/%2Ffmn").run(context -> {
                    CachingConnectionFactory sendQueue = context.getBean("sendQueueConnectionFactory", CachingConnectionFactory.class);
                    assertThat(sendQueue.getHost()).isEqualTo("queues.internal");
                    assertThat(sendQueue.getPort()).isEqualTo(5673);
                    assertThat(sendQueue.getVirtualHost()).isEqualTo("/fmn");
                });
    }

    @Test
    void withoutABusTheEmbeddedBrokerIsBoth() {
        runner.withPropertyValues("fmn.broker.enabled=true", "fmn.broker.dir=" + folder).run(context -> {
            EmbeddedBroker broker = context.getBean(EmbeddedBroker.class);
            for (String name : new String[] {"busConnectionFactory", "sendQueueConnectionFactory"}) {
                CachingConnectionFactory connections = context.getBean(name, CachingConnectionFactory.class);
                assertThat(connections.getPort()).as(name).isEqualTo(broker.port());
                try (Connection connection = connections.createConnection()) {
                    assertThat(connection.isOpen()).as(name).isTrue();
                }
            }
            assertThat(context.getBean("busConnectionSettings", ConnectionSettings.class).url()).isEqualTo(broker.url());
        });
        assertThat(folder.resolve(EmbeddedBroker.ADDRESS_FILE)).as("stopped with the program").doesNotExist();
    }

    @Test
    void passwordsStayOutOfWhatIsShown() {
        ConnectionSettings settings = ConnectionSettings.of(URI.create("amqps://fmn:s3cret@bus.example.org/%2F"), "fmn");
        assertThat(settings.redactedUrl()).isEqualTo("amqps://fmn:***@bus.example.org/%2F");
        assertThat(settings.toString()).doesNotContain("s3cret");
    }
}
