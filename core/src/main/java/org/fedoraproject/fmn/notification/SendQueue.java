package org.fedoraproject.fmn.notification;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.fedoraproject.fmn.rule.Protocol;

/**
 * Where and how the consumer hands notifications to the senders: the private queues of FMN's
 * broker. The body is FMN's send-queue JSON ({@link SendQueueJson}), so that a Python FMN
 * consumer can feed our senders and ours can feed Python's; the headers below are ours, and a
 * sender takes a notification without them (from a Python consumer) as well.
 */
public final class SendQueue {

    /** The exchange notifications are published to, as FMN does. */
    public static final String EXCHANGE = "amq.direct";

    /**
     * The notification's identity, the same on every redelivery and on every publish of the same
     * notification (see {@link #notificationId}): senders send a notification id once. Also the
     * AMQP {@code message_id} property.
     */
    public static final String NOTIFICATION_ID = "fmn_notification_id";
    /** The bus message the notification is about. */
    public static final String MESSAGE_ID = "fmn_message_id";
    /** The rule the notification is sent for (the first of the user's rules that produced it). */
    public static final String RULE_ID = "fmn_rule_id";
    /** The owner of that rule. */
    public static final String RULE_OWNER = "fmn_rule_owner";

    private SendQueue() {
    }

    /** The routing key of a protocol's queue: {@code send.email}, {@code send.irc}, {@code send.matrix}. */
    public static String routingKey(Protocol protocol) {
        return "send." + protocol.key();
    }

    /**
     * The routing key under a deployment's prefix ({@code fmn.sender.queue-prefix}), for several
     * FMNs sharing one broker; an empty prefix gives FMN's own keys.
     */
    public static String routingKey(String prefix, Protocol protocol) {
        return prefix + routingKey(protocol);
    }

    /** The name of a protocol's queue; the same as its routing key, as FMN names it. */
    public static String queue(Protocol protocol) {
        return routingKey(protocol);
    }

    /**
     * The identity of the notification of one bus message to one destination: a name-based
     * UUID of the message id, protocol and address, so that a message worked twice (redelivered
     * after a crash) gives its notifications the same ids, and a sender sends them once.
     */
    public static String notificationId(String messageId, Protocol protocol, String address) {
        String name = messageId + '\n' + protocol.key() + '\n' + address;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
