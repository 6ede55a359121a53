package org.fedoraproject.fmn.consumer.spring;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fedoraproject.fmn.consumer.subscription.SubscriptionSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Message Consumer's settings, {@code fmn.consumer.*}: its queue on the bus as a
 * fedora-messaging consumer's is configured, how much it works at once, and how it keeps its
 * rules current. The bus itself is {@code fmn.bus.url}; the send queues' broker
 * {@code fmn.send-queue.url} (the bus's broker when not set).
 *
 * @param enabled whether this process consumes the bus (when a bus is configured)
 * @param queue the consumer's queue; every consumer process reading it shares its messages
 * @param durable whether the queue survives a broker restart
 * @param queueType classic or quorum
 * @param deliveryLimit for a quorum queue: deliveries of one message before the broker
 *        dead-letters it; unset for none
 * @param deadLetterQueue where rejected messages go, declared beside the queue; empty for none
 *        (default: the queue's name + ".dead")
 * @param arguments further queue arguments (x-max-length, ...), as strings; numbers are sent as numbers
 * @param exchange the exchange the queue is bound to
 * @param routingKeys the routing keys the queue is bound with
 * @param prefetch unacknowledged messages each worker may hold
 * @param workers workers, each on its own channel
 * @param batchSize the most messages worked together
 * @param retryFirst the first wait of a message that could not be worked now; it doubles up to retry-max
 * @param retryMax the longest wait of a message that could not be worked now, however often it failed
 * @param confirmTimeout how long the send queues' broker may take to confirm a batch of notifications
 * @param reconcileInterval how often the rule index is compared with the database, a safety net
 *        for missed rule-change messages
 * @param rulePageSize rules read from the database at a time while building the index
 */
@ConfigurationProperties("fmn.consumer")
public record ConsumerProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("fmn") String queue,
        @DefaultValue("true") boolean durable,
        @DefaultValue("classic") String queueType,
        Integer deliveryLimit,
        String deadLetterQueue,
        Map<String, String> arguments,
        @DefaultValue("amq.topic") String exchange,
        @DefaultValue("#") List<String> routingKeys,
        @DefaultValue("200") int prefetch,
        @DefaultValue("2") int workers,
        @DefaultValue("100") int batchSize,
        @DefaultValue("1s") Duration retryFirst,
        @DefaultValue("1m") Duration retryMax,
        @DefaultValue("30s") Duration confirmTimeout,
        @DefaultValue("15m") Duration reconcileInterval,
        @DefaultValue("1000") int rulePageSize) {

    public ConsumerProperties {
        arguments = arguments == null ? Map.of() : Map.copyOf(arguments);
    }

    SubscriptionSettings subscription() {
        Map<String, Object> typed = new LinkedHashMap<>();
        arguments.forEach((name, value) -> typed.put(name, typed(value)));
        String deadLetters = deadLetterQueue == null ? queue + ".dead" : deadLetterQueue;
        return new SubscriptionSettings(queue, durable, queueType, deliveryLimit, deadLetters, typed, exchange,
                routingKeys, prefetch, workers, batchSize, retryFirst, retryMax);
    }

    private static Object typed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
