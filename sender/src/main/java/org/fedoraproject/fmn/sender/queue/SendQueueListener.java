package org.fedoraproject.fmn.sender.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fedoraproject.fmn.message.InvalidMessageException;
import org.fedoraproject.fmn.notification.NotificationContent;
import org.fedoraproject.fmn.notification.SendQueue;
import org.fedoraproject.fmn.notification.SendQueueJson;
import org.fedoraproject.fmn.sender.Delivery;
import org.fedoraproject.fmn.sender.DeliveryFailure;
import org.fedoraproject.fmn.sender.OutgoingNotification;
import org.fedoraproject.fmn.sender.delivered.DeliveredIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;

import com.rabbitmq.client.Channel;

/**
 * Handles each notification read from a protocol's queue, and acks it only once it is
 * delivered or safely elsewhere: a notification to be tried again is republished to a delay
 * queue (and confirmed by the broker) before it is acked, so a crash at any point loses nothing
 * and at worst sees it again, which the delivered ids then skip.
 */
public final class SendQueueListener implements ChannelAwareMessageListener {

    private static final Logger LOG = LoggerFactory.getLogger(SendQueueListener.class);
    private static final long CONFIRM_TIMEOUT_MS = 10_000;
    /** The longest a notification parked in its own queue is held by the listener before it goes round again. */
    private static final Duration PARKED_LOOK = Duration.ofSeconds(1);
    /**
     * How long a delivery's claim lasts: longer than any delivery takes (SMTP's timeouts are 30 s),
     * short enough that a notification whose sender died mid-delivery goes out soon after.
     */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(2);
    /** How long a notification another delivery has claimed waits before it is looked at again. */
    static final Duration CLAIMED_WAIT = Duration.ofSeconds(1);

    private final Delivery delivery;
    private final QueueTopology topology;
    private final RetryPolicy retries;
    private final Optional<RecipientRateLimit> rateLimit;
    private final DeliveredIds delivered;
    private final SenderMetrics metrics;
    private final RabbitTemplate publisher;
    private final Clock clock;
    private volatile boolean parkInOwnQueue;

    /**
     * @param publisher republishes to the delay, held and dead-letter queues; its connection
     *        factory must have simple publisher confirms
     */
    public SendQueueListener(Delivery delivery, QueueTopology topology, RetryPolicy retries, Optional<RecipientRateLimit> rateLimit,
            DeliveredIds delivered, SenderMetrics metrics, RabbitTemplate publisher, Clock clock) {
        this.delivery = delivery;
        this.topology = topology;
        this.retries = retries;
        this.rateLimit = rateLimit;
        this.delivered = delivered;
        this.metrics = metrics;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Whether waiting notifications are parked in the protocol's own queue (with
     * {@link SendHeaders#NOT_BEFORE}) rather than in delay queues: on a broker whose queues cannot
     * expire messages into another (the embedded broker, Qpid). Nothing is lost either way:
     * a parked notification is republished, and confirmed, before its copy is acknowledged.
     */
    void parkInOwnQueue(boolean parkInOwnQueue) {
        this.parkInOwnQueue = parkInOwnQueue;
    }

    @Override
    public void onMessage(Message message, Channel channel) throws Exception {
        long tag = message.getMessageProperties().getDeliveryTag();
        try {
            handle(message);
            channel.basicAck(tag, false);
        } catch (RuntimeException e) {
            // Republishing failed (the broker went away mid-way): the broker hands it over again.
            LOG.warn("Could not handle a notification of {}, leaving it in the queue: {}", topology.names().queue(), e.toString());
            channel.basicNack(tag, false, true);
        }
    }

    private void handle(Message message) {
        MessageProperties properties = message.getMessageProperties();
        Object notBefore = properties.getHeader(SendHeaders.NOT_BEFORE);
        if (notBefore != null) {
            Duration left = Duration.between(clock.instant(), Instant.parse(notBefore.toString()));
            if (left.isPositive()) {
                // Not yet: it goes round the queue again, after a short look so as not to spin.
                pause(left.compareTo(PARKED_LOOK) < 0 ? left : PARKED_LOOK);
                publish(topology.names().queue(), copy(message, Map.of(SendHeaders.NOT_BEFORE, notBefore.toString())));
                return;
            }
        }
        String id = notificationId(message);
        NotificationContent content;
        try {
            content = SendQueueJson.read(delivery.protocol(), message.getBody());
        } catch (InvalidMessageException e) {
            deadLetter(message, "unreadable: " + e.getMessage());
            return;
        }
        if (delivered.contains(id)) {
            LOG.debug("Notification {} was already delivered: not sent again", id);
            metrics.duplicate();
            return;
        }
        String address = switch (content) {
            case NotificationContent.Email email -> email.headers().get("To");
            case NotificationContent.Chat chat -> chat.to();
        };
        if (!delivered.claim(id, CLAIM_LEASE)) {
            // Being delivered by another consumer that lost the message to us: once it is done,
            // the delivered id says so and this copy is dropped.
            hold(message, CLAIMED_WAIT);
            return;
        }
        if (rateLimit.isPresent()) {
            Duration wait = rateLimit.get().acquire(address);
            if (!wait.isZero()) {
                delivered.release(id);
                hold(message, wait);
                metrics.held();
                return;
            }
        }
        Instant queuedAt = properties.getTimestamp() != null ? properties.getTimestamp().toInstant() : clock.instant();
        var notification = new OutgoingNotification(id, delivery.protocol(), content, ruleId(properties),
                Optional.ofNullable(properties.getHeader(SendQueue.RULE_OWNER)).map(Object::toString), queuedAt);
        int attempt = attempt(properties);
        try {
            delivery.deliver(notification);
        } catch (DeliveryFailure failure) {
            delivered.release(id);
            failed(message, attempt, failure);
            return;
        } catch (RuntimeException e) {
            delivered.release(id);
            // A delivery that threw what it did not expect: treated as temporary, it is tried again.
            failed(message, attempt, DeliveryFailure.temporary(e.toString(), e));
            return;
        }
        delivered.remember(id);
        metrics.sent(Duration.between(queuedAt, clock.instant()));
    }

    private void failed(Message message, int attempt, DeliveryFailure failure) {
        metrics.failed();
        if (failure.permanent()) {
            deadLetter(message, "refused: " + failure.getMessage());
        } else if (!retries.mayRetryAfter(attempt)) {
            deadLetter(message, "gave up after " + attempt + " attempts: " + failure.getMessage());
        } else {
            Duration delay = failure.retryAfter().orElse(retries.delayAfter(attempt));
            LOG.info("Delivery of a {} notification failed (attempt {}), trying again in {}: {}", delivery.protocol().key(), attempt, delay,
                    failure.getMessage());
            Message again = copy(message, Map.of(SendHeaders.ATTEMPT, attempt + 1));
            if (parkInOwnQueue) {
                park(again, delay);
            } else if (failure.retryAfter().isPresent()) {
                again.getMessageProperties().setExpiration(Long.toString(Math.max(1, delay.toMillis())));
                publish(topology.names().heldQueue(), again);
            } else {
                publish(topology.names().delayQueue(delay), again);
            }
            metrics.retried();
        }
    }

    private void hold(Message message, Duration wait) {
        if (parkInOwnQueue) {
            park(copy(message, Map.of()), wait);
            return;
        }
        Message held = copy(message, Map.of());
        held.getMessageProperties().setExpiration(Long.toString(Math.max(1, wait.toMillis())));
        publish(topology.names().heldQueue(), held);
    }

    private void park(Message message, Duration wait) {
        message.getMessageProperties().setHeader(SendHeaders.NOT_BEFORE, clock.instant().plus(wait).toString());
        publish(topology.names().queue(), message);
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(Math.max(1, wait.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a notification waits", e);
        }
    }

    private void deadLetter(Message message, String reason) {
        LOG.warn("A {} notification cannot be delivered and is moved to {}: {}", delivery.protocol().key(),
                topology.names().deadLetterQueue(), reason);
        publish(topology.names().deadLetterQueue(),
                copy(message, Map.of(SendHeaders.DEAD_REASON, reason, SendHeaders.DEAD_AT, clock.instant().toString())));
        metrics.deadLettered();
    }

    private static Message copy(Message message, Map<String, Object> headers) {
        MessageProperties original = message.getMessageProperties();
        MessageProperties properties = new MessageProperties();
        properties.setContentType(original.getContentType());
        properties.setContentEncoding(original.getContentEncoding());
        properties.setMessageId(original.getMessageId());
        properties.setTimestamp(original.getTimestamp());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        original.getHeaders().forEach((name, value) -> {
            if (!name.equals("x-death")) {
                properties.setHeader(name, value);
            }
        });
        properties.getHeaders().remove(SendHeaders.NOT_BEFORE);
        headers.forEach(properties::setHeader);
        return new Message(message.getBody(), properties);
    }

    private void publish(String queue, Message message) {
        publisher.invoke(operations -> {
            operations.send("", queue, message);
            operations.waitForConfirmsOrDie(CONFIRM_TIMEOUT_MS);
            return null;
        });
    }

    /**
     * The notification's id: the one our consumer sets, else the AMQP message id, else (from a
     * Python FMN consumer, which sets neither) one made from the body, the same for the same body.
     */
    static String notificationId(Message message) {
        MessageProperties properties = message.getMessageProperties();
        Object header = properties.getHeader(SendQueue.NOTIFICATION_ID);
        if (header != null && !header.toString().isBlank()) {
            return header.toString();
        }
        if (properties.getMessageId() != null && !properties.getMessageId().isBlank()) {
            return properties.getMessageId();
        }
        return UUID.nameUUIDFromBytes(message.getBody()).toString();
    }

    private static int attempt(MessageProperties properties) {
        Object attempt = properties.getHeader(SendHeaders.ATTEMPT);
        if (attempt instanceof Number number) {
            return Math.max(1, number.intValue());
        }
        return 1;
    }

    private static Optional<Long> ruleId(MessageProperties properties) {
        Object rule = properties.getHeader(SendQueue.RULE_ID);
        if (rule instanceof Number number) {
            return Optional.of(number.longValue());
        }
        try {
            return rule == null ? Optional.empty() : Optional.of(Long.parseLong(rule.toString().strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
