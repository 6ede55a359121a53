package org.fedoraproject.fmn.backend.outbox;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.fedoraproject.fmn.message.AmqpMessage;
import org.fedoraproject.fmn.message.AmqpMessageCodec;
import org.fedoraproject.fmn.message.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Publishes through RabbitMQ with publisher confirms and mandatory routing: a message no queue
 * is bound for comes back as returned, which counts as published (nobody listens: the bus's
 * business, not a failure to retry forever).
 */
final class RabbitBusPublisher implements BusPublisher {

    private final RabbitTemplate rabbit;
    private final String exchange;
    private final Duration confirmTimeout;

    RabbitBusPublisher(RabbitTemplate rabbit, String exchange, Duration confirmTimeout) {
        this.rabbit = rabbit;
        this.exchange = exchange;
        this.confirmTimeout = confirmTimeout;
    }

    @Override
    public void publish(Message message) throws BusException {
        AmqpMessage amqp = AmqpMessageCodec.write(message);
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(amqp.messageId());
        properties.setContentType(amqp.contentType());
        properties.setContentEncoding(amqp.contentEncoding());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        if (amqp.priority() != null) {
            properties.setPriority(amqp.priority());
        }
        for (Map.Entry<String, Object> header : amqp.headers().entrySet()) {
            properties.setHeader(header.getKey(), header.getValue());
        }
        CorrelationData correlation = new CorrelationData(amqp.messageId());
        try {
            rabbit.send(exchange, amqp.routingKey(), new org.springframework.amqp.core.Message(amqp.body(), properties),
                    correlation);
            CorrelationData.Confirm confirm = correlation.getFuture().get(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!confirm.ack()) {
                throw new BusException("the broker refused message " + amqp.messageId() + ": " + confirm.reason());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusException("interrupted while publishing " + amqp.messageId(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new BusException("no confirm for message " + amqp.messageId() + " within " + confirmTimeout, e);
        } catch (org.springframework.amqp.AmqpException e) {
            throw new BusException("cannot publish message " + amqp.messageId() + ": " + e.getMessage(), e);
        }
    }
}
