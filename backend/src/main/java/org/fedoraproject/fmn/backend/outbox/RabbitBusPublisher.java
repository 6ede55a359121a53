package org.fedoraproject.fmn.backend.outbox;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.fedoraproject.fmn.bus.BusMessages;
import org.fedoraproject.fmn.message.Message;
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
        org.springframework.amqp.core.Message amqp = BusMessages.toAmqp(message);
        String id = message.id();
        CorrelationData correlation = new CorrelationData(id);
        try {
            rabbit.send(exchange, BusMessages.routingKey(message), amqp, correlation);
            CorrelationData.Confirm confirm = correlation.getFuture().get(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!confirm.ack()) {
                throw new BusException("the broker refused message " + id + ": " + confirm.reason());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusException("interrupted while publishing " + id, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new BusException("no confirm for message " + id + " within " + confirmTimeout, e);
        } catch (org.springframework.amqp.AmqpException e) {
            throw new BusException("cannot publish message " + id + ": " + e.getMessage(), e);
        }
    }
}
