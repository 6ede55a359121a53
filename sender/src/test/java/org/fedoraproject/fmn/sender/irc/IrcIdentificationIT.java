package org.fedoraproject.fmn.sender.irc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.DeliveryFailure;
import org.fedoraproject.fmn.sender.chat.Notifications;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the bot connects and proves itself to a real IRC server (ngircd): TLS and the server password. */
class IrcIdentificationIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private static IrcProperties settings(URI server) {
        return IrcProperties.of(server, "fmn-bot")
                .withTimes(Duration.ofSeconds(5), Duration.ofMillis(200), Duration.ofSeconds(1));
    }

    @Test
    void overTlsTheServerIsTrustedThroughTheConfiguredAuthoritiesOnlyForItsOwnName() throws Exception {
        Assumptions.assumeTrue(Ngircd.installed(), Ngircd.NOT_INSTALLED);
        Path certificate = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        Assumptions.assumeTrue(selfSignedCertificate(certificate, key), "openssl cannot make a certificate: TLS test skipped");
        int tlsPort = Ngircd.freePort();
        URI ircs = URI.create("ircs://localhost:" + tlsPort);

        try (Ngircd server = Ngircd.startWithTls(dir, tlsPort, certificate, key);
                IrcTestClient alice = IrcTestClient.connect("alice", server.port())) {
            try (IrcDelivery untrusting = IrcDelivery.connect(settings(ircs))) {
                assertThatThrownBy(() -> untrusting.deliver(Notifications.chat(Protocol.IRC, "n1", "alice", "unsafe")))
                        .isInstanceOfSatisfying(DeliveryFailure.class, failure -> assertThat(failure.permanent()).isFalse());
                assertThat(untrusting.connectionsMade()).isZero();
            }
            URI otherName = URI.create("ircs://127.0.0.1:" + tlsPort);
            try (IrcDelivery wrongName = IrcDelivery.connect(settings(otherName).withTlsCa(certificate))) {
                assertThatThrownBy(() -> wrongName.deliver(Notifications.chat(Protocol.IRC, "n1", "alice", "unsafe")))
                        .as("a trusted certificate for another name is refused")
                        .isInstanceOf(DeliveryFailure.class);
                assertThat(wrongName.connectionsMade()).isZero();
            }
            try (IrcDelivery trusting = IrcDelivery.connect(settings(ircs).withTlsCa(certificate))) {
                trusting.deliver(Notifications.chat(Protocol.IRC, "n2", "alice", "over TLS"));
                await().atMost(WAIT).untilAsserted(() -> assertThat(alice.texts()).containsExactly("over TLS"));
            }
        }
    }

    @Test
    void theServerPasswordLetsTheBotInAndAWrongOneIsATemporaryFailure() throws Exception {
        Assumptions.assumeTrue(Ngircd.installed(), Ngircd.NOT_INSTALLED);
        try (Ngircd server = Ngircd.start(dir, "Password = fmn-secret")) {
            try (IrcDelivery wrong = IrcDelivery.connect(settings(server.url())
                    .withIdentification(Identification.PASS, "guess"))) {
                assertThatThrownBy(() -> wrong.deliver(Notifications.chat(Protocol.IRC, "n1", "fmn-bot", "hello")))
                        .isInstanceOfSatisfying(DeliveryFailure.class, failure -> assertThat(failure.permanent()).isFalse());
                assertThat(wrong.connectionsMade()).isZero();
            }
            try (IrcDelivery right = IrcDelivery.connect(settings(server.url())
                    .withIdentification(Identification.PASS, "fmn-secret"))) {
                right.deliver(Notifications.chat(Protocol.IRC, "n2", "fmn-bot", "to myself"));
                assertThat(right.connectionsMade()).isEqualTo(1);
            }
        }
    }

    private static boolean selfSignedCertificate(Path certificate, Path key) throws InterruptedException {
        try {
            Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                    "-keyout", key.toString(), "-out", certificate.toString(), "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return openssl.waitFor(60, TimeUnit.SECONDS) && openssl.exitValue() == 0 && Files.exists(certificate);
        } catch (IOException e) {
            return false;
        }
    }
}
