package org.fedoraproject.fmn.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.fedoraproject.fmn.notification.NotificationContent;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.DeliveryFailure;
import org.fedoraproject.fmn.sender.OutgoingNotification;
import org.fedoraproject.fmn.sender.email.MailComposer;
import org.fedoraproject.fmn.sender.email.OutboxDirectoryDelivery;
import org.fedoraproject.fmn.sender.email.SmtpDelivery;
import org.fedoraproject.fmn.sender.email.SmtpSettings;
import org.fedoraproject.fmn.sender.email.UnsubscribeLinks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The email sender's delivery, one mail per operation on one thread, as one sender consumer
 * sends them: composed (headers cleaned, signed unsubscribe link) and sent over the kept-open
 * connection to an SMTP server on loopback (GreenMail, in the same JVM), or written as an
 * {@code .eml} to the outbox directory. The queue is not part of it.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class EmailBenchmark {

    private GreenMail smtp;
    private SmtpDelivery delivery;
    private OutboxDirectoryDelivery outbox;
    private Path outboxDir;
    private NotificationContent.Email email;
    private long sent;

    @Setup
    public void start() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        var links = new UnsubscribeLinks("https://notifications.fedoraproject.org", new byte[32], Clock.systemUTC());
        var composer = new MailComposer("Fedora Notifications <notifications@fedoraproject.org>", Optional.of(links));
        delivery = new SmtpDelivery(new SmtpSettings("127.0.0.1", port, SmtpSettings.Security.NONE, "", "", Duration.ofSeconds(30)), composer);
        outboxDir = Files.createTempDirectory("fmn-outbox-bench");
        outbox = new OutboxDirectoryDelivery(outboxDir, composer);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("To", "mira@example.org");
        headers.put("Subject", "[bodhi] mira commented on FEDORA-2026-1a2b3c");
        headers.put("Date", "Tue, 01 Dec 2026 10:00:00 +0000");
        headers.put("X-Fedora-Messaging-Topic", "org.fedoraproject.prod.bodhi.update.comment");
        headers.put("X-Fedora-Messaging-Agent", "mira");
        headers.put("X-Fedora-Messaging-Usernames", "mira,oskar");
        headers.put("X-Fedora-Messaging-Packages", "rpm");
        email = new NotificationContent.Email(headers, "mira commented on FEDORA-2026-1a2b3c: works for me\n"
                + "https://bodhi.fedoraproject.org/updates/FEDORA-2026-1a2b3c", "Sent by Fedora Notifications: https://notifications.fedoraproject.org/rules/42");
    }

    /** GreenMail keeps every mail in memory: emptied after each iteration, outside the measurement. */
    @TearDown(Level.Iteration)
    public void empty() throws com.icegreen.greenmail.store.FolderException {
        smtp.purgeEmailFromAllMailboxes();
    }

    @TearDown
    public void stop() throws IOException {
        delivery.close();
        smtp.stop();
        try (var files = Files.list(outboxDir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(outboxDir);
    }

    private OutgoingNotification next() {
        return new OutgoingNotification("bench-" + sent++, Protocol.EMAIL, email, Optional.of(42L), Optional.of("mira"), Instant.now());
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void smtpToLoopback() throws DeliveryFailure {
        delivery.deliver(next());
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void emlToOutbox() throws DeliveryFailure {
        outbox.deliver(next());
    }
}
