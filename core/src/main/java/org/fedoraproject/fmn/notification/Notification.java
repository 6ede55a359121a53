package org.fedoraproject.fmn.notification;

import java.util.List;

import org.fedoraproject.fmn.match.Reason;
import org.fedoraproject.fmn.match.RuleIds;
import org.fedoraproject.fmn.rule.Protocol;

/**
 * One notification of one message to one destination. When several rules of a user produce
 * the same notification for a message it is sent once, and {@code ruleIds} lists them all.
 *
 * @param messageId the bus message it is about
 * @param address the email address, IRC nick or Matrix user id
 * @param ruleIds the enabled rules that produced it, ascending
 * @param reason why it is sent: the first of those rules, and what it tracked
 * @param content what the sender delivers
 */
public record Notification(
        String messageId,
        Protocol protocol,
        String address,
        List<Long> ruleIds,
        Reason reason,
        NotificationContent content) {

    public Notification {
        ruleIds = RuleIds.copyOf(ruleIds);
    }
}
