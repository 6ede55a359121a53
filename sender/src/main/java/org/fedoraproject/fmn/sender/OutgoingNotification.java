package org.fedoraproject.fmn.sender;

import java.time.Instant;
import java.util.Optional;

import org.fedoraproject.fmn.notification.NotificationContent;
import org.fedoraproject.fmn.rule.Protocol;

/**
 * A notification read from a send queue.
 *
 * @param id the notification id ({@code fmn_notification_id}), or, for a notification from a
 *        Python FMN consumer that sets none, one derived from its body
 * @param content what to deliver, as the consumer rendered it
 * @param ruleId the rule it is sent for, when the consumer said ({@code fmn_rule_id})
 * @param ruleOwner that rule's owner, when the consumer said ({@code fmn_rule_owner})
 * @param queuedAt when the consumer published it (the AMQP timestamp), or when it was read
 */
public record OutgoingNotification(
        String id,
        Protocol protocol,
        NotificationContent content,
        Optional<Long> ruleId,
        Optional<String> ruleOwner,
        Instant queuedAt) {
}
