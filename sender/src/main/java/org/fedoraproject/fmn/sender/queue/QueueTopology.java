package org.fedoraproject.fmn.sender.queue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.fedoraproject.fmn.bus.BrokerDialect;
import org.fedoraproject.fmn.notification.SendQueue;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Queue;

/**
 * Declares a protocol's queues on the broker (declaring is idempotent: every instance does it
 * at start). A delay queue or the held queue has no consumer: its messages expire and the broker
 * dead-letters them back through {@code amq.direct} to the protocol's queue.
 *
 * @param queueArguments arguments of every queue ({@code x-queue-type} classic or quorum)
 * @param singleActiveConsumer whether only one consumer at a time reads the protocol's queue,
 *        for protocols with one bot identity (IRC, Matrix): a standby instance takes over when
 *        the active one goes
 */
public record QueueTopology(SendQueueNames names, Map<String, Object> queueArguments, boolean singleActiveConsumer) {

    /** Declares the protocol's queue, its binding, its delay queues for these retries, held and dead-letter queues. */
    public void declare(AmqpAdmin admin, RetryPolicy retries, BrokerDialect dialect) {
        Map<String, Object> main = new HashMap<>(queueArguments);
        if (singleActiveConsumer) {
            main.put("x-single-active-consumer", true);
        }
        admin.declareQueue(new Queue(names.queue(), true, false, false, dialect.queueArguments(main)));
        admin.declareBinding(new Binding(names.queue(), Binding.DestinationType.QUEUE, SendQueue.EXCHANGE, names.routingKey(), null));
        admin.declareQueue(new Queue(names.deadLetterQueue(), true, false, false,
                dialect.queueArguments(new HashMap<>(queueArguments))));
        if (!dialect.expiresIntoDeadLetters()) {
            return; // waiting notifications wait in the protocol's own queue (see SendQueueListener)
        }
        admin.declareQueue(new Queue(names.heldQueue(), true, false, false, backToQueue()));
        for (int attempt = 1; retries.mayRetryAfter(attempt); attempt++) {
            Duration delay = retries.delayAfter(attempt);
            Map<String, Object> arguments = backToQueue();
            arguments.put("x-message-ttl", delay.toMillis());
            admin.declareQueue(new Queue(names.delayQueue(delay), true, false, false, arguments));
        }
    }

    /** Deletes every queue {@link #declare} declared (for tests, and for several FMNs sharing a test broker). */
    public void delete(AmqpAdmin admin, RetryPolicy retries) {
        for (int attempt = 1; retries.mayRetryAfter(attempt); attempt++) {
            admin.deleteQueue(names.delayQueue(retries.delayAfter(attempt)));
        }
        admin.deleteQueue(names.heldQueue());
        admin.deleteQueue(names.deadLetterQueue());
        admin.deleteQueue(names.queue());
    }

    private Map<String, Object> backToQueue() {
        Map<String, Object> arguments = new HashMap<>(queueArguments);
        arguments.put("x-dead-letter-exchange", SendQueue.EXCHANGE);
        arguments.put("x-dead-letter-routing-key", names.routingKey());
        return arguments;
    }
}
