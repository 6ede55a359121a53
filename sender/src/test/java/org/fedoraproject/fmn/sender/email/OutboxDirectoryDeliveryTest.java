package org.fedoraproject.fmn.sender.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.fedoraproject.fmn.sender.Notifications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

class OutboxDirectoryDeliveryTest {

    @Test
    void eachMailIsOneEmlFileThatAMailReaderOpensAndANotificationWrittenTwiceIsOneFile(@TempDir Path dataDir) throws Exception {
        Path outbox = dataDir.resolve("outbox");
        var delivery = new OutboxDirectoryDelivery(outbox, new MailComposer("FMN <fmn@localhost>", Optional.empty()));

        delivery.deliver(Notifications.outgoing("n-1", Notifications.email("mira@example.org", "[bodhi] first")));
        delivery.deliver(Notifications.outgoing("n-2", Notifications.email("mira@example.org", "[bodhi] second")));
        delivery.deliver(Notifications.outgoing("n-1", Notifications.email("mira@example.org", "[bodhi] first")));

        List<Path> files;
        try (Stream<Path> listed = Files.list(outbox)) {
            files = listed.sorted().toList();
        }
        assertThat(files).extracting(file -> file.getFileName().toString())
                .containsExactlyInAnyOrder("20261201T100000.000Z-n-1.eml", "20261201T100000.000Z-n-2.eml");
        try (InputStream in = Files.newInputStream(outbox.resolve("20261201T100000.000Z-n-2.eml"))) {
            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(mail.getSubject()).isEqualTo("[bodhi] second");
            assertThat(mail.getHeader("From", null)).isEqualTo("FMN <fmn@localhost>");
            assertThat(((String) mail.getContent()).replace("\r\n", "\n")).endsWith("\n-- \nSent by Fedora Notifications: https://notifications.fedoraproject.org/rules/42");
        }
    }
}
