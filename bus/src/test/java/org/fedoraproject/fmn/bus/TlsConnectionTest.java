package org.fedoraproject.fmn.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fedoraproject.fmn.bus.embedded.EmbeddedBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Connections over TLS with a client certificate, as Fedora's bus requires, to a broker that
 * asks for one: the embedded Qpid broker with a TLS port.
 */
class TlsConnectionTest {

    @TempDir
    Path folder;

    @Test
    void connectsWithAClientCertificateAndTheCaFromPemFiles() throws Exception {
        TestCertificates pki = new TestCertificates(Files.createDirectories(folder.resolve("pki")));
        TestCertificates.Issued brokerCertificate = pki.broker();
        int tlsPort = freePort();
        try (EmbeddedBroker broker = EmbeddedBroker.start(folder.resolve("broker"), 0,
                config -> config.withTlsPort(tlsPort, brokerCertificate.certificate(), brokerCertificate.key(), pki.caCertificate()))) {
            URI url = URI.create("amqps://127.0.0.1:" + tlsPort + "/default");
            for (boolean pkcs1 : new boolean[] {false, true}) {
                TestCertificates.Issued client = pki.client(pkcs1 ? "fmn-rsa" : "fmn", pkcs1);
                CachingConnectionFactory connections = ConnectionFactories.create(new ConnectionSettings(url, pki.caCertificate(),
                        client.certificate(), client.key(), "fmn-tls-test", null), true);
                try {
                    String queue = "tls-" + pkcs1;
                    new RabbitAdmin(connections).declareQueue(new Queue(queue, false, false, false));
                    RabbitTemplate rabbit = new RabbitTemplate(connections);
                    rabbit.send("", queue, new Message("over TLS".getBytes(StandardCharsets.UTF_8), new MessageProperties()));
                    Message received = rabbit.receive(queue, 10_000);
                    assertThat(received).as("with a %s key", pkcs1 ? "PKCS#1" : "PKCS#8").isNotNull();
                    assertThat(new String(received.getBody(), StandardCharsets.UTF_8)).isEqualTo("over TLS");
                } finally {
                    connections.destroy();
                }
            }
        }
    }

    @Test
    void refusesABrokerCertificateFromAnotherCa() throws Exception {
        TestCertificates pki = new TestCertificates(Files.createDirectories(folder.resolve("pki")));
        TestCertificates other = new TestCertificates(Files.createDirectories(folder.resolve("other")));
        TestCertificates.Issued brokerCertificate = pki.broker();
        TestCertificates.Issued client = pki.client("fmn", false);
        int tlsPort = freePort();
        try (EmbeddedBroker broker = EmbeddedBroker.start(folder.resolve("broker"), 0,
                config -> config.withTlsPort(tlsPort, brokerCertificate.certificate(), brokerCertificate.key(), pki.caCertificate()))) {
            CachingConnectionFactory connections = ConnectionFactories.create(new ConnectionSettings(
                    URI.create("amqps://127.0.0.1:" + tlsPort + "/default"), other.caCertificate(), client.certificate(),
                    client.key(), "fmn-tls-test", null), true);
            try {
                assertThatThrownBy(() -> connections.createConnection().close()).isInstanceOf(AmqpException.class);
            } finally {
                connections.destroy();
            }
        }
    }

    @Test
    void namesTheFileThatCannotBeUsed() throws Exception {
        Path notPem = Files.writeString(folder.resolve("ca.pem"), "not a certificate");
        ConnectionSettings settings = new ConnectionSettings(URI.create("amqps://bus.example.org/%2F"), notPem, null, null, "fmn", null);
        assertThatThrownBy(() -> ConnectionFactories.create(settings, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(notPem.toString());

        ConnectionSettings missing = new ConnectionSettings(URI.create("amqps://bus.example.org/%2F"), folder.resolve("gone.pem"),
                null, null, "fmn", null);
        assertThatThrownBy(() -> ConnectionFactories.create(missing, false))
                .hasMessageContaining("the ca-cert file " + folder.resolve("gone.pem") + " cannot be read");

        assertThatThrownBy(() -> new ConnectionSettings(URI.create("amqps://bus.example.org/%2F"), null, folder.resolve("c.pem"),
                null, "fmn", null)).hasMessageContaining("both its certfile and its keyfile");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
