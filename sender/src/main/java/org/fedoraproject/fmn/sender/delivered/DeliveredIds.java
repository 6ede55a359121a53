package org.fedoraproject.fmn.sender.delivered;

import java.time.Duration;

/**
 * The notification ids already delivered, each remembered for the store's time, and the ones
 * being delivered right now: a notification the broker hands to a second consumer while the
 * first is still delivering it (the first lost its connection mid-delivery) waits for the
 * first to finish instead of going out twice.
 */
public interface DeliveredIds extends AutoCloseable {

    /** Whether the notification was delivered (within the time ids are remembered). */
    boolean contains(String notificationId);

    /** Remembers that the notification was delivered, and ends its claim. */
    void remember(String notificationId);

    /**
     * Claims the delivery of a notification for {@code lease}: false when another delivery of
     * it holds an unexpired claim. A claim whose holder died expires with its lease.
     */
    boolean claim(String notificationId, Duration lease);

    /** Ends a claim without remembering a delivery: the delivery failed. */
    void release(String notificationId);

    @Override
    default void close() {
    }
}
