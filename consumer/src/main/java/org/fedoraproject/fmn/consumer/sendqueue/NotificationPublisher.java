package org.fedoraproject.fmn.consumer.sendqueue;

import java.util.List;

/**
 * Hands notifications to the senders' queues. Not thread-safe: each worker of the consumer has
 * its own.
 */
public interface NotificationPublisher extends AutoCloseable {

    /**
     * Publishes every notification and returns once the broker confirmed them all: queued
     * durably on the queue of its protocol.
     *
     * @throws PublishFailedException when any was not confirmed (refused, unroutable because no
     *         sender declared its queue, the broker out of reach or too slow); some may have been
     *         queued all the same, which their ids make harmless when they are published again
     */
    void publish(List<QueuedNotification> notifications) throws PublishFailedException;

    @Override
    void close();
}
