package org.fedoraproject.fmn.sender.queue;

import java.time.Duration;

import org.fedoraproject.fmn.notification.SendQueue;
import org.fedoraproject.fmn.rule.Protocol;

/**
 * The queues of one protocol: {@code send.<protocol>} (bound to {@code amq.direct} with the same
 * key), its delay queues {@code send.<protocol>.delay.<milliseconds>} (one per retry delay, so
 * that each holds messages of one age and they leave in order), {@code send.<protocol>.held}
 * (rate-limited notifications, each with its own expiry) and {@code send.<protocol>.dead}.
 * A prefix before every name lets tests (and several FMNs on one broker) keep apart.
 */
public record SendQueueNames(String prefix, Protocol protocol) {

    /** The queue notifications are published to and read from; also its routing key. */
    public String queue() {
        return prefix + SendQueue.queue(protocol);
    }

    public String routingKey() {
        return SendQueue.routingKey(prefix, protocol);
    }

    public String delayQueue(Duration delay) {
        return queue() + ".delay." + delay.toMillis();
    }

    public String heldQueue() {
        return queue() + ".held";
    }

    public String deadLetterQueue() {
        return queue() + ".dead";
    }
}
