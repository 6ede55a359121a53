package org.fedoraproject.fmn.consumer.subscription;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.fedoraproject.fmn.bus.BrokerDialect;

import com.rabbitmq.client.Channel;

/**
 * Declares the consumer's queue, its dead-letter queue and its bindings, as fedora-messaging
 * declares a consumer's. Declaring is idempotent while the arguments stay the same; the broker
 * refuses to change the arguments of an existing queue (delete it first, or use another name).
 *
 * <p>Dead letters reach their queue through RabbitMQ's default exchange, by the queue's name,
 * so that FMN needs no exchange of its own on a bus where it may not declare one. The embedded
 * broker (Qpid) sends a queue's dead letters to an exchange with their own routing key: there a
 * fanout exchange named after the dead-letter queue takes them to it.
 */
public final class QueueTopology {

    private QueueTopology() {
    }

    public static void declare(Channel channel, SubscriptionSettings settings) throws IOException {
        BrokerDialect dialect = BrokerDialect.ofServer(channel.getConnection().getServerProperties());
        Map<String, Object> arguments = new HashMap<>(settings.arguments());
        arguments.put("x-queue-type", settings.queueType());
        if (settings.deliveryLimit() != null) {
            arguments.put("x-delivery-limit", settings.deliveryLimit());
        }
        if (settings.hasDeadLetterQueue()) {
            String deadLetters = settings.deadLetterQueue();
            channel.queueDeclare(deadLetters, true, false, false,
                    dialect.queueArguments(Map.of("x-queue-type", settings.queueType())));
            if (dialect == BrokerDialect.QPID) {
                channel.exchangeDeclare(deadLetters, "fanout", true);
                channel.queueBind(deadLetters, deadLetters, "");
                arguments.put("x-dead-letter-exchange", deadLetters);
            } else {
                arguments.put("x-dead-letter-exchange", "");
                arguments.put("x-dead-letter-routing-key", deadLetters);
            }
        }
        channel.queueDeclare(settings.queue(), settings.durable(), false, false, dialect.queueArguments(arguments));
        for (String routingKey : settings.routingKeys()) {
            channel.queueBind(settings.queue(), settings.exchange(), routingKey);
        }
    }
}
