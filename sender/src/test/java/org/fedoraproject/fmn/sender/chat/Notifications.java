package org.fedoraproject.fmn.sender.chat;

import java.time.Instant;
import java.util.Optional;

import org.fedoraproject.fmn.notification.NotificationContent;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.OutgoingNotification;

/** Chat notifications as the queue side hands them to a delivery. */
public final class Notifications {

    private Notifications() {
    }

    public static OutgoingNotification chat(Protocol protocol, String id, String to, String message) {
        return new OutgoingNotification(id, protocol, new NotificationContent.Chat(to, message),
                Optional.of(7L), Optional.of("alice"), Instant.parse("2026-12-01T10:00:00Z"));
    }
}
