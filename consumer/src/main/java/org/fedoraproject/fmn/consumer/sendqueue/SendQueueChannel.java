package org.fedoraproject.fmn.consumer.sendqueue;

import java.io.IOException;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.fedoraproject.fmn.notification.Notification;
import org.fedoraproject.fmn.notification.SendQueue;
import org.fedoraproject.fmn.notification.SendQueueJson;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * Publishes notifications on a channel of its own in confirm mode: each to the send exchange
 * ({@code amq.direct}, as FMN's) with routing key {@code send.<protocol>}, FMN's send-queue JSON as body, persistent, mandatory
 * (a notification no queue takes is a failure, not a silent loss), with the headers of
 * {@link SendQueue}: its stable id (also the AMQP {@code message_id}), the bus message it is
 * about, the rule it is sent for and its owner. A batch is confirmed with one wait.
 *
 * <p>After a failure the channel is dropped and the next batch opens a new one, so that no
 * confirmation owed to a failed batch is waited for again.
 */
public final class SendQueueChannel implements NotificationPublisher {

    private final Connection connection;
    private final SendTarget target;
    private final long confirmTimeoutMillis;
    private Channel channel;
    private volatile String returned;

    public SendQueueChannel(Connection connection, SendTarget target, Duration confirmTimeout) {
        this.connection = connection;
        this.target = target;
        this.confirmTimeoutMillis = confirmTimeout.toMillis();
    }

    @Override
    public void publish(List<QueuedNotification> notifications) throws PublishFailedException {
        if (notifications.isEmpty()) {
            return;
        }
        try {
            Channel open = channel();
            returned = null;
            Date now = new Date();
            for (QueuedNotification queued : notifications) {
                Notification notification = queued.notification();
                open.basicPublish(target.exchange(), target.routingKey(notification.protocol()), true,
                        properties(queued, now), SendQueueJson.toBytes(notification.content()));
            }
            if (!open.waitForConfirms(confirmTimeoutMillis)) {
                throw failed("the broker refused some notifications", null);
            }
        } catch (IOException | ShutdownSignalException e) {
            throw failed("cannot publish to the send queues: " + e.getMessage(), e);
        } catch (TimeoutException e) {
            throw failed("the broker did not confirm the notifications within " + confirmTimeoutMillis + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("interrupted while waiting for the broker's confirmation", e);
        }
        String unroutable = returned;
        if (unroutable != null) {
            throw failed("no queue takes " + unroutable + " notifications: is that sender running?", null);
        }
    }

    private Channel channel() throws IOException {
        if (channel == null || !channel.isOpen()) {
            Channel created = connection.createChannel();
            if (created == null) {
                throw new IOException("the broker has no channel left for the send queues");
            }
            created.confirmSelect();
            created.addReturnListener(back -> returned = back.getRoutingKey());
            channel = created;
        }
        return channel;
    }

    private PublishFailedException failed(String why, Throwable cause) {
        dropChannel();
        return new PublishFailedException(why, cause);
    }

    private static AMQP.BasicProperties properties(QueuedNotification queued, Date now) {
        Notification notification = queued.notification();
        String id = SendQueue.notificationId(notification.messageId(), notification.protocol(), notification.address());
        Map<String, Object> headers = new HashMap<>(8);
        headers.put(SendQueue.NOTIFICATION_ID, id);
        headers.put(SendQueue.MESSAGE_ID, notification.messageId());
        headers.put(SendQueue.RULE_ID, notification.reason().ruleId());
        if (queued.ruleOwner() != null) {
            headers.put(SendQueue.RULE_OWNER, queued.ruleOwner());
        }
        return new AMQP.BasicProperties.Builder()
                .contentType("application/json")
                .contentEncoding("utf-8")
                .deliveryMode(2)
                .messageId(id)
                .timestamp(now)
                .headers(headers)
                .build();
    }

    private void dropChannel() {
        Channel dropped = channel;
        channel = null;
        if (dropped != null && dropped.isOpen()) {
            try {
                dropped.abort();
            } catch (IOException | RuntimeException e) {
                // already going away
            }
        }
    }

    @Override
    public void close() {
        dropChannel();
    }
}
