package org.fedoraproject.fmn.consumer.subscription;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.rabbitmq.client.Channel;

/**
 * Declares the consumer's queue, its dead-letter queue and its bindings, as fedora-messaging
 * declares a consumer's. Declaring is idempotent while the arguments stay the same; the broker
 * refuses to change the arguments of an existing queue (delete it first, or use another name).
 */
public final class QueueTopology {

    private QueueTopology() {
    }

    public static void declare(Channel channel, SubscriptionSettings settings) throws IOException {
        Map<String, Object> arguments = new HashMap<>(settings.arguments());
        arguments.put("x-queue-type", settings.queueType());
        if (settings.deliveryLimit() != null) {
            arguments.put("x-delivery-limit", settings.deliveryLimit());
        }
        if (settings.hasDeadLetterQueue()) {
            channel.queueDeclare(settings.deadLetterQueue(), true, false, false,
                    Map.of("x-queue-type", settings.queueType()));
            // The default exchange routes by queue name: no exchange of our own to declare or be allowed.
            arguments.put("x-dead-letter-exchange", "");
            arguments.put("x-dead-letter-routing-key", settings.deadLetterQueue());
        }
        channel.queueDeclare(settings.queue(), settings.durable(), false, false, arguments);
        for (String routingKey : settings.routingKeys()) {
            channel.queueBind(settings.queue(), settings.exchange(), routingKey);
        }
    }
}
