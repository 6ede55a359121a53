package org.fedoraproject.fmn.consumer.sendqueue;

import org.fedoraproject.fmn.notification.Notification;

/**
 * A notification on its way to a send queue, with the owner of the rule it is sent for (the
 * sender's one-click unsubscribe names both), or {@code null} when not known.
 */
public record QueuedNotification(Notification notification, String ruleOwner) {
}
