package org.fedoraproject.fmn.app.server.demo;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.fedoraproject.fmn.bus.BusMessages;
import org.fedoraproject.fmn.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.SmartLifecycle;

/**
 * Plays the demo stream on the bus: one generated message every interval, published to
 * {@code amq.topic} as fedora-messaging publishes, from the moment the service has started
 * until it stops. A message the broker does not confirm is logged and the stream goes on.
 */
final class DemoStream implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStream.class);

    private final DemoMessages messages;
    private final RabbitTemplate rabbit;
    private final Duration interval;
    private ScheduledExecutorService timer;

    DemoStream(DemoMessages messages, RabbitTemplate rabbit, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("fmn.demo.stream.interval must be positive, not " + interval);
        }
        this.messages = messages;
        this.rabbit = rabbit;
        this.interval = interval;
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("fmn-demo-stream").daemon().factory());
        timer.scheduleWithFixedDelay(this::publishNext, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Demo stream: a message about the demo users and packages every {} s on the embedded bus", interval.toMillis() / 1000.0);
    }

    void publishNext() {
        Message message = messages.next();
        CorrelationData confirm = new CorrelationData(message.id());
        try {
            rabbit.send("amq.topic", BusMessages.routingKey(message), BusMessages.toAmqp(message), confirm);
            if (confirm.getFuture().get(10, TimeUnit.SECONDS).ack()) {
                LOG.info("Demo stream: published {} ({})", message.topic(), message.id());
            } else {
                LOG.warn("Demo stream: the bus refused {} ({})", message.topic(), message.id());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("Demo stream: cannot publish {} ({}): {}", message.topic(), message.id(), e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
