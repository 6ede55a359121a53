package org.fedoraproject.fmn.consumer.spring;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fedoraproject.fmn.consumer.subscription.SubscriptionSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Message Consumer's settings, {@code fmn.consumer.*}: its queue on the bus as a
 * fedora-messaging consumer's is configured, how much it works at once, and how it keeps its
 * rules current. The bus itself is {@code fmn.bus.url}; the send queues' broker
 * {@code fmn.send-queue.url} (the bus's broker when not set).
 */
@ConfigurationProperties("fmn.consumer")
public class ConsumerProperties {

    /** Whether this process consumes the bus (when a bus is configured). */
    private boolean enabled = true;
    /** The consumer's queue; every consumer process reading it shares its messages. */
    private String queue = "fmn";
    /** Whether the queue survives a broker restart. */
    private boolean durable = true;
    /** classic or quorum. */
    private String queueType = "classic";
    /** For a quorum queue: deliveries of one message before the broker dead-letters it; unset for none. */
    private Integer deliveryLimit;
    /** Where rejected messages go, declared beside the queue; empty for none. Default: the queue's name + ".dead". */
    private String deadLetterQueue;
    /** Further queue arguments (x-max-length, ...), as strings; numbers are sent as numbers. */
    private Map<String, String> arguments = new LinkedHashMap<>();
    /** The exchange the queue is bound to. */
    private String exchange = "amq.topic";
    /** The routing keys the queue is bound with. */
    private List<String> routingKeys = List.of("#");
    /** Unacknowledged messages each worker may hold. */
    private int prefetch = 200;
    /** Workers, each on its own channel. */
    private int workers = 2;
    /** The most messages worked together. */
    private int batchSize = 100;
    /** The first wait of a message that could not be worked now; it doubles up to retry-max. */
    private Duration retryFirst = Duration.ofSeconds(1);
    /** The longest wait of a message that could not be worked now, however often it failed. */
    private Duration retryMax = Duration.ofMinutes(1);
    /** How long the send queues' broker may take to confirm a batch of notifications. */
    private Duration confirmTimeout = Duration.ofSeconds(30);
    /** How often the rule index is compared with the database, a safety net for missed rule-change messages. */
    private Duration reconcileInterval = Duration.ofMinutes(15);
    /** Rules read from the database at a time while building the index. */
    private int rulePageSize = 1000;

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

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public boolean isDurable() {
        return durable;
    }

    public void setDurable(boolean durable) {
        this.durable = durable;
    }

    public String getQueueType() {
        return queueType;
    }

    public void setQueueType(String queueType) {
        this.queueType = queueType;
    }

    public Integer getDeliveryLimit() {
        return deliveryLimit;
    }

    public void setDeliveryLimit(Integer deliveryLimit) {
        this.deliveryLimit = deliveryLimit;
    }

    public String getDeadLetterQueue() {
        return deadLetterQueue;
    }

    public void setDeadLetterQueue(String deadLetterQueue) {
        this.deadLetterQueue = deadLetterQueue;
    }

    public Map<String, String> getArguments() {
        return arguments;
    }

    public void setArguments(Map<String, String> arguments) {
        this.arguments = arguments;
    }

    public String getExchange() {
        return exchange;
    }

    public void setExchange(String exchange) {
        this.exchange = exchange;
    }

    public List<String> getRoutingKeys() {
        return routingKeys;
    }

    public void setRoutingKeys(List<String> routingKeys) {
        this.routingKeys = routingKeys;
    }

    public int getPrefetch() {
        return prefetch;
    }

    public void setPrefetch(int prefetch) {
        this.prefetch = prefetch;
    }

    public int getWorkers() {
        return workers;
    }

    public void setWorkers(int workers) {
        this.workers = workers;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public Duration getRetryFirst() {
        return retryFirst;
    }

    public void setRetryFirst(Duration retryFirst) {
        this.retryFirst = retryFirst;
    }

    public Duration getRetryMax() {
        return retryMax;
    }

    public void setRetryMax(Duration retryMax) {
        this.retryMax = retryMax;
    }

    public Duration getConfirmTimeout() {
        return confirmTimeout;
    }

    public void setConfirmTimeout(Duration confirmTimeout) {
        this.confirmTimeout = confirmTimeout;
    }

    public Duration getReconcileInterval() {
        return reconcileInterval;
    }

    public void setReconcileInterval(Duration reconcileInterval) {
        this.reconcileInterval = reconcileInterval;
    }

    public int getRulePageSize() {
        return rulePageSize;
    }

    public void setRulePageSize(int rulePageSize) {
        this.rulePageSize = rulePageSize;
    }
}
