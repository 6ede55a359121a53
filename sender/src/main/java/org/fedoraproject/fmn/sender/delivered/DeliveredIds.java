package org.fedoraproject.fmn.sender.delivered;

/** The notification ids already delivered, each remembered for the store's time. */
public interface DeliveredIds extends AutoCloseable {

    /** Whether the notification was delivered (within the time ids are remembered). */
    boolean contains(String notificationId);

    /** Remembers that the notification was delivered. */
    void remember(String notificationId);

    @Override
    default void close() {
    }
}
