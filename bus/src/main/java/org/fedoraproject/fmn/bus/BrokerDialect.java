package org.fedoraproject.fmn.bus;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;

/**
 * What differs between the brokers FMN runs on: RabbitMQ in production, Apache Qpid Broker-J
 * in the embedded default. Both speak AMQP 0-9-1, but name some queue arguments differently:
 * roles write the RabbitMQ arguments and declare queues with
 * {@link #queueArguments(Map) what the broker they are connected to understands}.
 */
public enum BrokerDialect {

    RABBITMQ,
    /**
     * Qpid Broker-J: a queue's dead letters go to its alternate exchange ({@code alternateExchange}),
     * with their routing key; the delivery limit is {@code x-qpid-maximum-delivery-count}; a
     * single active consumer is its {@code maximumLiveConsumers} of 1, which
     * {@code x-single-active-consumer} sets; every queue is of one kind. A queue cannot expire
     * its messages (it refuses {@code x-message-ttl}, closing the connection), and messages that
     * expire are not dead-lettered.
     */
    QPID;

    /**
     * The dialect of the broker the factory connects to, told by the properties the broker
     * announces when a connection opens (Qpid's are named {@code qpid.*}).
     */
    public static BrokerDialect of(ConnectionFactory connections) {
        try (Connection connection = connections.createConnection()) {
            return ofServer(connection.getDelegate().getServerProperties());
        }
    }

    /** The dialect of the broker that announced these properties when a connection opened. */
    public static BrokerDialect ofServer(Map<String, Object> serverProperties) {
        return serverProperties.keySet().stream().anyMatch(name -> name.startsWith("qpid.")) ? QPID : RABBITMQ;
    }

    /**
     * Whether a queue can hold messages for a time and then dead-letter them into another
     * ({@code x-message-ttl} with a dead-letter exchange): what delayed retries are built on.
     */
    public boolean expiresIntoDeadLetters() {
        return this == RABBITMQ;
    }

    /**
     * RabbitMQ queue arguments in this broker's terms.
     *
     * @throws IllegalArgumentException for an argument this broker has no equivalent of
     */
    public Map<String, Object> queueArguments(Map<String, Object> rabbitArguments) {
        if (this == RABBITMQ) {
            return rabbitArguments;
        }
        Map<String, Object> qpid = new LinkedHashMap<>();
        rabbitArguments.forEach((name, value) -> {
            switch (name) {
                case "x-dead-letter-exchange" -> qpid.put("alternateExchange", value);
                case "x-delivery-limit" -> qpid.put("x-qpid-maximum-delivery-count", value);
                case "x-single-active-consumer", "x-max-priority" -> qpid.put(name, value);
                case "x-queue-type" -> {
                    // Qpid has one kind of queue, durable when declared so.
                }
                default -> throw new IllegalArgumentException(
                        "the embedded broker (Qpid) has no equivalent of the queue argument " + name);
            }
        });
        return qpid;
    }
}
