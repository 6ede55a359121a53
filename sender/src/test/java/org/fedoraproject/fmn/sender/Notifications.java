package org.fedoraproject.fmn.sender;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.fedoraproject.fmn.notification.NotificationContent;
import org.fedoraproject.fmn.rule.Protocol;

/** Notifications as the consumer makes them, for the senders' tests. */
public final class Notifications {

    private Notifications() {
    }

    public static NotificationContent.Email email(String to, String subject) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("To", to);
        headers.put("Subject", subject);
        headers.put("Date", "Tue, 01 Dec 2026 10:00:00 +0000");
        headers.put("X-Fedora-Messaging-Topic", "org.fedoraproject.prod.bodhi.update.comment");
        headers.put("X-Fedora-Messaging-Agent", "zoë");
        return new NotificationContent.Email(headers, "mira commented on FEDORA-2026-1\nhttps://bodhi.fedoraproject.org/updates/FEDORA-2026-1",
                "Sent by Fedora Notifications: https://notifications.fedoraproject.org/rules/42");
    }

    public static OutgoingNotification outgoing(String id, NotificationContent content) {
        Protocol protocol = content instanceof NotificationContent.Email ? Protocol.EMAIL : Protocol.IRC;
        return new OutgoingNotification(id, protocol, content, Optional.of(42L), Optional.of("mira"), Instant.parse("2026-12-01T10:00:00Z"));
    }
}
