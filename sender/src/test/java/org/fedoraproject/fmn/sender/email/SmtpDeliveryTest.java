package org.fedoraproject.fmn.sender.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.fedoraproject.fmn.notification.NotificationContent;
import org.fedoraproject.fmn.sender.DeliveryFailure;
import org.fedoraproject.fmn.sender.Notifications;
import org.fedoraproject.fmn.testing.TcpProxy;
import org.fedoraproject.fmn.unsubscribe.UnsubscribeToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/** Email to a real SMTP server (GreenMail) in the test process. */
class SmtpDeliveryTest {

    private static final byte[] KEY = "the unsubscribe key".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:05Z");

    private int port;
    private GreenMail smtp;
    private SmtpDelivery delivery;

    @BeforeEach
    void startServer() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = start(port);
        delivery = delivery(port);
    }

    @AfterEach
    void stopServer() {
        delivery.close();
        smtp.stop();
    }

    private static GreenMail start(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static SmtpDelivery delivery(int port) {
        return delivery(port, "", "");
    }

    private static SmtpDelivery delivery(int port, String username, String password) {
        return delivery(port, SmtpSettings.Security.NONE, username, password);
    }

    private static SmtpDelivery delivery(int port, SmtpSettings.Security security, String username, String password) {
        var links = new UnsubscribeLinks("https://fmn.example.org/", KEY, Clock.fixed(NOW, ZoneOffset.UTC));
        var composer = new MailComposer("Fedora Notifications <notifications@fedoraproject.org>", Optional.of(links));
        return new SmtpDelivery(new SmtpSettings("127.0.0.1", port, security, username, password, Duration.ofSeconds(5)),
                composer);
    }

    @Test
    void aMailHasTheNotificationsHeadersBodyAndFooterAndTheHeadersOfAutomatedMail() throws Exception {
        delivery.deliver(Notifications.outgoing("4f1c-id", Notifications.email("mira@example.org", "[bodhi] mira commented on FEDORA-2026-1")));

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getHeader("From", null)).isEqualTo("Fedora Notifications <notifications@fedoraproject.org>");
        assertThat(mail.getHeader("To", null)).isEqualTo("mira@example.org");
        assertThat(mail.getSubject()).isEqualTo("[bodhi] mira commented on FEDORA-2026-1");
        assertThat(mail.getHeader("Date", null)).isEqualTo("Tue, 01 Dec 2026 10:00:00 +0000");
        assertThat(mail.getHeader("X-Fedora-Messaging-Topic", null)).isEqualTo("org.fedoraproject.prod.bodhi.update.comment");
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(mail.getHeader("X-Fedora-Messaging-Agent", null))).isEqualTo("zoë");
        assertThat(mail.getHeader("Message-ID", null)).isEqualTo("<4f1c-id@fedoraproject.org>");
        assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(mail.getHeader("Precedence", null)).isEqualTo("bulk");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String link = mail.getHeader("List-Unsubscribe", null);
        assertThat(link).startsWith("<https://fmn.example.org/api/v1/unsubscribe?token=").endsWith(">");
        String token = link.substring(link.indexOf("token=") + 6, link.length() - 1);
        assertThat(UnsubscribeToken.verify(token, KEY, NOW, Duration.ofDays(90))).isEqualTo(new UnsubscribeToken(42, "mira", NOW));
        assertThat(GreenMailUtil.getBody(mail).replace("\r\n", "\n")).isEqualTo("mira commented on FEDORA-2026-1\n"
                + "https://bodhi.fedoraproject.org/updates/FEDORA-2026-1\n\n-- \nSent by Fedora Notifications: https://notifications.fedoraproject.org/rules/42");
    }

    @Test
    void aNotificationCannotAddHeadersOrRecipientsAndAnOverlongSubjectIsCut() throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("To", "mira@example.org");
        headers.put("Subject", "Hello\r\nBcc: eve@example.org\r\n\r\nforged body " + "x".repeat(400));
        headers.put("X-Fedora-Messaging-Topic", "topic\nBcc: eve@example.org");
        headers.put("Bcc", "eve@example.org");
        headers.put("Bad Name:", "value");
        delivery.deliver(Notifications.outgoing("id-2", new NotificationContent.Email(headers, "body", "")));

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("mira@example.org");
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getSubject()).startsWith("Hello Bcc: eve@example.org forged body xxx").hasSize(HeaderValues.MAX_SUBJECT).endsWith("…");
        assertThat(mail.getHeader("X-Fedora-Messaging-Topic", null)).isEqualTo("topic Bcc: eve@example.org");
        assertThat(GreenMailUtil.getBody(mail)).isEqualTo("body");
        assertThat(smtp.getReceivedMessagesForDomain("eve@example.org")).isEmpty();
    }

    @Test
    void aToThatIsNotOneAddressIsRefusedForGood() {
        var notification = Notifications.outgoing("id-3", Notifications.email("mira@example.org, eve@example.org", "s"));
        assertThatThrownBy(() -> delivery.deliver(notification)).isInstanceOfSatisfying(DeliveryFailure.class,
                failure -> assertThat(failure.permanent()).isTrue());
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aConnectionTheServerDroppedIsOpenedAgainAndTheMailSent() throws Exception {
        try (TcpProxy proxy = new TcpProxy(port); SmtpDelivery throughProxy = delivery(proxy.port())) {
            throughProxy.deliver(Notifications.outgoing("id-4", Notifications.email("mira@example.org", "first")));
            proxy.cut();
            proxy.restore();
            throughProxy.deliver(Notifications.outgoing("id-5", Notifications.email("mira@example.org", "second")));
        }
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("first", "second");
    }

    @Test
    void aServerThatIsDownIsATemporaryFailureAndMailGoesOutWhenItIsBack() throws Exception {
        delivery.deliver(Notifications.outgoing("id-6", Notifications.email("mira@example.org", "before")));
        smtp.stop();

        assertThatThrownBy(() -> delivery.deliver(Notifications.outgoing("id-7", Notifications.email("mira@example.org", "during"))))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> assertThat(failure.permanent()).isFalse());

        smtp = start(port);
        delivery.deliver(Notifications.outgoing("id-7", Notifications.email("mira@example.org", "after")));
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("after");
    }

    @Test
    void theSenderLogsInWithItsAccountAndAWrongPasswordSendsNothing() throws Exception {
        smtp.setUser("fmn@example.org", "fmn", "the password");
        try (SmtpDelivery wrong = delivery(port, "fmn", "not the password")) {
            assertThatThrownBy(() -> wrong.deliver(Notifications.outgoing("id-9", Notifications.email("mira@example.org", "wrong"))))
                    .isInstanceOfSatisfying(DeliveryFailure.class, failure -> assertThat(failure.permanent()).isFalse());
        }
        try (SmtpDelivery right = delivery(port, "fmn", "the password")) {
            right.deliver(Notifications.outgoing("id-10", Notifications.email("mira@example.org", "logged in")));
        }
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("logged in");
    }

    @Test
    void requiredStartTlsIsNotDroppedForAServerThatDoesNotOfferIt() {
        try (SmtpDelivery starttls = delivery(port, SmtpSettings.Security.STARTTLS, "", "")) {
            assertThatThrownBy(() -> starttls.deliver(Notifications.outgoing("id-11", Notifications.email("mira@example.org", "in clear"))))
                    .isInstanceOfSatisfying(DeliveryFailure.class, failure -> assertThat(failure.permanent()).isFalse())
                    .hasMessageContaining("STARTTLS");
        }
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void tlsToAServerWhoseCertificateIsNotTrustedSendsNothing() throws Exception {
        int tlsPort;
        try (ServerSocket free = new ServerSocket(0)) {
            tlsPort = free.getLocalPort();
        }
        // GreenMail's SMTPS presents a self-signed certificate no trust store holds.
        GreenMail smtps = new GreenMail(new ServerSetup(tlsPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS));
        smtps.start();
        try (SmtpDelivery tls = delivery(tlsPort, SmtpSettings.Security.TLS, "", "")) {
            assertThatThrownBy(() -> tls.deliver(Notifications.outgoing("id-12", Notifications.email("mira@example.org", "untrusted"))))
                    .isInstanceOfSatisfying(DeliveryFailure.class, failure -> assertThat(failure.getCause()).hasStackTraceContaining("SSL"));
            assertThat(smtps.getReceivedMessages()).isEmpty();
        } finally {
            smtps.stop();
        }
    }

    @Test
    void aMailWithoutRuleHasNoUnsubscribeLink() throws Exception {
        var notification = new org.fedoraproject.fmn.sender.OutgoingNotification("id-8", org.fedoraproject.fmn.rule.Protocol.EMAIL,
                Notifications.email("mira@example.org", "s"), Optional.empty(), Optional.empty(), NOW);
        delivery.deliver(notification);
        assertThat(smtp.getReceivedMessages()[0].getHeader("List-Unsubscribe")).isNull();
    }
}
