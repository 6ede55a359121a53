package org.fedoraproject.fmn.consumer.sendqueue;

import org.fedoraproject.fmn.notification.SendQueue;
import org.fedoraproject.fmn.rule.Protocol;

/**
 * Where notifications are published: the exchange ({@code amq.direct}, as FMN's) and a prefix
 * before the routing keys, for several FMNs sharing one broker (the senders'
 * {@code fmn.sender.queue-prefix}; empty: {@code send.email}, {@code send.irc}, {@code send.matrix}).
 */
public record SendTarget(String exchange, String routingKeyPrefix) {

    public SendTarget {
        routingKeyPrefix = routingKeyPrefix == null ? "" : routingKeyPrefix;
    }

    public String routingKey(Protocol protocol) {
        return SendQueue.routingKey(routingKeyPrefix, protocol);
    }
}
