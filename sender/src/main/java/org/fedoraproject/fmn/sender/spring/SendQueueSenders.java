package org.fedoraproject.fmn.sender.spring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.Delivery;
import org.fedoraproject.fmn.sender.delivered.DeliveredIds;
import org.fedoraproject.fmn.sender.queue.ProtocolSender;
import org.fedoraproject.fmn.sender.queue.QueueTopology;
import org.fedoraproject.fmn.sender.queue.RecipientRateLimit;
import org.fedoraproject.fmn.sender.queue.RetryPolicy;
import org.fedoraproject.fmn.sender.queue.SendQueueListener;
import org.fedoraproject.fmn.sender.queue.SendQueueNames;
import org.fedoraproject.fmn.sender.queue.SenderMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.SmartLifecycle;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The senders of this process, one per {@link Delivery}, reading the send queues of FMN's
 * private broker (the bus module's {@code sendQueueConnectionFactory}: {@code fmn.send-queue.*},
 * the bus's broker when not set, or the embedded broker). Started after the rest of the program
 * and stopped before it, each finishing the notification in hand.
 */
public final class SendQueueSenders implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(SendQueueSenders.class);
    /** IRC and Matrix speak as one bot identity: one instance at a time reads their queues. */
    private static final List<Protocol> ONE_ACTIVE_CONSUMER = List.of(Protocol.IRC, Protocol.MATRIX);

    private final Map<Protocol, ProtocolSender> senders = new LinkedHashMap<>();
    private final CachingConnectionFactory connections;
    private final DeliveredIds delivered;
    private volatile boolean running;

    /**
     * @param broker the private broker's connection settings (URL, TLS), as the bus module made
     *        them, or {@code null} when there is no broker: nothing is sent
     */
    SendQueueSenders(CachingConnectionFactory broker, List<Delivery> deliveries, SenderProperties settings,
            Supplier<DeliveredIds> deliveredIds, MeterRegistry registry, Clock clock) {
        // Connections of their own, on the same settings: republishing waits for each confirm (SIMPLE).
        this.connections = broker == null || deliveries.isEmpty() ? null : new CachingConnectionFactory(broker.getRabbitConnectionFactory());
        if (connections == null) {
            delivered = null;
            if (!deliveries.isEmpty()) {
                LOG.info("No bus is configured (fmn.bus.url, fmn.send-queue.url): the senders ({}) do not start",
                        String.join(", ", deliveries.stream().map(d -> d.protocol().key()).toList()));
            }
            return;
        }
        delivered = deliveredIds.get();
        connections.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.SIMPLE);
        connections.setConnectionNameStrategy(factory -> "fmn-sender");
        RabbitTemplate publisher = new RabbitTemplate(connections);
        // Its own connection for publishing, so that a broker blocking publishers never stalls the listeners.
        publisher.setUsePublisherConnection(true);
        RetryPolicy retries = new RetryPolicy(settings.retryFirstDelay(), settings.retryMaxDelay(), settings.maxAttempts());
        Map<String, Object> queueArguments = Map.of("x-queue-type", settings.queueType());
        for (Delivery delivery : deliveries) {
            Protocol protocol = delivery.protocol();
            if (senders.containsKey(protocol)) {
                throw new IllegalStateException("two deliveries of " + protocol.key() + " are configured; one protocol has one");
            }
            var topology = new QueueTopology(new SendQueueNames(settings.queuePrefix(), protocol), queueArguments,
                    ONE_ACTIVE_CONSUMER.contains(protocol));
            Optional<RecipientRateLimit> rateLimit = settings.rateLimit() == 0 ? Optional.empty()
                    : Optional.of(new RecipientRateLimit(settings.rateLimit(), settings.rateWindow(), clock));
            var listener = new SendQueueListener(delivery, topology, retries, rateLimit, delivered, new SenderMetrics(registry, protocol),
                    publisher, clock);
            senders.put(protocol, new ProtocolSender(connections, delivery, topology, retries, listener, settings.consumers(),
                    settings.shutdownTimeout()));
        }
    }

    /** The senders by protocol, for their health. */
    Map<Protocol, ProtocolSender> byProtocol() {
        return Map.copyOf(senders);
    }

    @Override
    public void start() {
        senders.values().forEach(ProtocolSender::start);
        running = true;
    }

    @Override
    public void stop() {
        List<RuntimeException> failures = new ArrayList<>();
        for (ProtocolSender sender : senders.values()) {
            try {
                sender.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (connections != null) {
            connections.destroy();
        }
        if (delivered != null) {
            delivered.close();
        }
        running = false;
        failures.forEach(e -> LOG.warn("A sender did not stop cleanly: {}", e.toString()));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started late, stopped early: the rest of the program is there for the whole of its work. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
