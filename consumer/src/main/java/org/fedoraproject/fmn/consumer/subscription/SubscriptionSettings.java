package org.fedoraproject.fmn.consumer.subscription;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the consumer subscribes to the bus, as a fedora-messaging consumer is configured: its
 * queue and the queue's arguments, the bindings, and how much it takes at once.
 *
 * @param queue the queue's name ({@code fmn} on Fedora's bus)
 * @param durable whether the queue survives a broker restart (quorum queues always do)
 * @param queueType {@code classic} or {@code quorum}; quorum queues are replicated and count
 *        deliveries
 * @param deliveryLimit for a quorum queue, how many times a message is delivered before the broker
 *        dead-letters it (a message that kills its consumer, say); {@code null} for none
 * @param deadLetterQueue where rejected messages go, declared beside the queue; {@code null} or
 *        empty to declare none (the queue's own arguments may still name a dead-letter exchange)
 * @param arguments further queue arguments, as given ({@code x-max-length}, ...)
 * @param exchange the exchange the queue is bound to ({@code amq.topic})
 * @param routingKeys the bindings' routing keys ({@code #}: every message)
 * @param prefetch how many unacknowledged messages each worker may hold
 * @param workers how many workers take messages from the queue, each on its own channel
 * @param batchSize the most messages a worker takes together when more are waiting
 * @param retryFirst how long a message that could not be worked now waits, the first time
 * @param retryMax the longest it waits, after repeated failures
 */
public record SubscriptionSettings(
        String queue,
        boolean durable,
        String queueType,
        Integer deliveryLimit,
        String deadLetterQueue,
        Map<String, Object> arguments,
        String exchange,
        List<String> routingKeys,
        int prefetch,
        int workers,
        int batchSize,
        Duration retryFirst,
        Duration retryMax) {

    public SubscriptionSettings {
        Objects.requireNonNull(queue, "queue");
        if (queue.isBlank()) {
            throw new IllegalArgumentException("the consumer's queue needs a name");
        }
        if (!"classic".equals(queueType) && !"quorum".equals(queueType)) {
            throw new IllegalArgumentException("the queue type is classic or quorum, not " + queueType);
        }
        if ("quorum".equals(queueType) && !durable) {
            throw new IllegalArgumentException("a quorum queue is always durable");
        }
        if (deliveryLimit != null && !"quorum".equals(queueType)) {
            throw new IllegalArgumentException("a delivery limit needs a quorum queue");
        }
        arguments = Map.copyOf(arguments);
        routingKeys = List.copyOf(routingKeys);
        if (routingKeys.isEmpty()) {
            throw new IllegalArgumentException("the queue needs at least one routing key to be bound with");
        }
        positive("prefetch", prefetch);
        positive("workers", workers);
        positive("batchSize", batchSize);
        if (prefetch < batchSize) {
            throw new IllegalArgumentException("prefetch (" + prefetch + ") must be at least the batch size (" + batchSize + ")");
        }
    }

    public boolean hasDeadLetterQueue() {
        return deadLetterQueue != null && !deadLetterQueue.isEmpty();
    }

    /** How long a message waits after {@code failures} failures in a row (1 or more). */
    public Duration retryDelay(int failures) {
        Duration delay = retryFirst;
        for (int i = 1; i < failures && delay.compareTo(retryMax) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(retryMax) > 0 ? retryMax : delay;
    }

    private static void positive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be 1 or more, not " + value);
        }
    }
}
