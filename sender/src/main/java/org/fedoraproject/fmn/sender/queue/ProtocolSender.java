package org.fedoraproject.fmn.sender.queue;

import java.time.Duration;

import org.fedoraproject.fmn.bus.BrokerDialect;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.listener.ListenerContainerConsumerFailedEvent;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;

/**
 * One protocol's sender: its queues declared, their consumer started, and at shutdown the
 * notification in hand finished before the consumer stops and the delivery closes. It reads
 * one notification at a time (prefetch 1), so a stopping sender leaves the rest in the queue.
 */
public final class ProtocolSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProtocolSender.class);

    private final Delivery delivery;
    private final QueueTopology topology;
    private final RetryPolicy retries;
    private final CachingConnectionFactory connections;
    private final SimpleMessageListenerContainer container;
    private final SendQueueListener listener;
    private volatile boolean declareFailing;

    public ProtocolSender(CachingConnectionFactory connections, Delivery delivery, QueueTopology topology, RetryPolicy retries,
            SendQueueListener listener, int consumers, Duration shutdownTimeout) {
        this.delivery = delivery;
        this.topology = topology;
        this.retries = retries;
        this.connections = connections;
        this.listener = listener;
        // Declared on every new connection, and whenever the consumer could not start (its queue
        // missing), so that a broker down when FMN starts, or restarted without its queues, has
        // them as soon as it is back.
        connections.addConnectionListener(connection -> declare(
                BrokerDialect.ofServer(connection.getDelegate().getServerProperties())));
        container = new SimpleMessageListenerContainer(connections);
        container.setQueueNames(topology.names().queue());
        container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
        container.setPrefetchCount(1);
        container.setConcurrentConsumers(consumers);
        container.setShutdownTimeout(shutdownTimeout.toMillis());
        container.setMessageListener(listener);
        // A queue missing for a moment (deleted by mistake, the broker restarting) is waited for, not fatal.
        container.setMissingQueuesFatal(false);
        container.setApplicationEventPublisher(event -> {
            if (event instanceof ListenerContainerConsumerFailedEvent) {
                declare(null);
            }
        });
    }

    public Protocol protocol() {
        return delivery.protocol();
    }

    /** The queue it reads. */
    public String queue() {
        return topology.names().queue();
    }

    /** @param dialect the broker's, when known (from a new connection); asked of the broker otherwise */
    private void declare(BrokerDialect known) {
        try {
            BrokerDialect dialect = known != null ? known : BrokerDialect.of(connections);
            listener.parkInOwnQueue(!dialect.expiresIntoDeadLetters());
            topology.declare(new RabbitAdmin(connections), retries, dialect);
            declareFailing = false;
        } catch (AmqpException e) {
            // Said once per outage: the container tries again every few seconds meanwhile.
            if (!declareFailing) {
                declareFailing = true;
                LOG.warn("Could not declare the queues of {} (tried again until it works): {}", topology.names().queue(), e.toString());
            }
        }
    }

    /** Starts reading; a broker that cannot be reached yet is tried again until it can. */
    public void start() {
        container.start();
        LOG.info("Sending {} notifications from {}", delivery.protocol().key(), String.join(",", container.getQueueNames()));
    }

    /** Whether it is consuming (a standby of a single-active-consumer queue is consuming too). */
    public boolean running() {
        return container.isRunning() && container.getActiveConsumerCount() > 0;
    }

    /** Finishes the notification in hand, stops reading, and closes the delivery. */
    @Override
    public void close() {
        container.stop();
        container.destroy();
        delivery.close();
    }
}
