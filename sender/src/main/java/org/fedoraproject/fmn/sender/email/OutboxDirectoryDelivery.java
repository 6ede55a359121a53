package org.fedoraproject.fmn.sender.email;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.Delivery;
import org.fedoraproject.fmn.sender.DeliveryFailure;
import org.fedoraproject.fmn.sender.OutgoingNotification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The embedded default's mail: each mail written to a directory as one {@code .eml} file (the
 * mail exactly as it would go to an SMTP server), which any mail client opens. Named by the
 * time the notification was queued and its id, so they sort by time and a notification written
 * twice is one file. Written to a temporary file first and renamed, so a reader never sees half
 * a mail.
 */
public final class OutboxDirectoryDelivery implements Delivery {

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final MailComposer composer;
    private final Session session = Session.getInstance(new Properties());

    public OutboxDirectoryDelivery(Path directory, MailComposer composer) {
        this.directory = directory;
        this.composer = composer;
    }

    @Override
    public Protocol protocol() {
        return Protocol.EMAIL;
    }

    @Override
    public void deliver(OutgoingNotification notification) throws DeliveryFailure {
        MimeMessage mail = composer.compose(session, notification);
        String name = NAME_TIME.format(notification.queuedAt()) + "-" + notification.id().replaceAll("[^A-Za-z0-9._-]", "-") + ".eml";
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, ".writing-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    mail.writeTo(out);
                }
                Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | MessagingException e) {
            // A full or unwritable disk may be fixed: tried again later.
            throw DeliveryFailure.temporary("cannot write the mail to " + directory + ": " + e.getMessage(), e);
        }
    }
}
