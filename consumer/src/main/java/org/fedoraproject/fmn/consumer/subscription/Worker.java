package org.fedoraproject.fmn.consumer.subscription;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.fedoraproject.fmn.consumer.pipeline.ConsumerMetrics;
import org.fedoraproject.fmn.consumer.pipeline.Outcome;
import org.fedoraproject.fmn.consumer.pipeline.Pipeline;
import org.fedoraproject.fmn.consumer.sendqueue.NotificationPublisher;
import org.fedoraproject.fmn.message.AmqpMessage;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * One worker of the consumer: a channel subscribed to the queue, and a thread working what it
 * delivers. The thread waits for a message, then takes with it whatever else has arrived, up to
 * the batch size: at rest each message is worked the moment it arrives; under load, many at
 * once, so that confirmations, acknowledgements and database writes are shared. Messages are
 * settled once worked: acknowledged when their notifications are confirmed, rejected (to the
 * dead-letter queue) when they can never be worked, requeued after a delay when they cannot be
 * worked now — the worker pauses meanwhile, so a service out of reach slows the consumer down
 * rather than making it spin.
 *
 * <p>A worker lives as long as its channel: when the connection goes, the subscription stops it
 * and starts new ones on a new connection; what it held is delivered again by the broker.
 */
final class Worker {

    private static final System.Logger LOG = System.getLogger(Worker.class.getName());

    /** A delivery waiting to be worked, with when it arrived. */
    private record Received(long tag, AmqpMessage message, long arrivedNanos) {
    }

    private final Channel channel;
    private final NotificationPublisher publisher;
    private final Pipeline pipeline;
    private final SubscriptionSettings settings;
    private final ConsumerMetrics metrics;
    private final BlockingQueue<Received> inbox = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;
    private String consumerTag;
    private int failuresInARow;

    Worker(int number, Channel channel, NotificationPublisher publisher, Pipeline pipeline, SubscriptionSettings settings,
            ConsumerMetrics metrics) {
        this.channel = channel;
        this.publisher = publisher;
        this.pipeline = pipeline;
        this.settings = settings;
        this.metrics = metrics;
        this.thread = Thread.ofPlatform().name("fmn-consumer-" + number).unstarted(this::run);
    }

    void start() throws IOException {
        channel.basicQos(settings.prefetch());
        consumerTag = channel.basicConsume(settings.queue(), false, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
                inbox.add(new Received(envelope.getDeliveryTag(), Deliveries.toMessage(envelope, properties, body),
                        System.nanoTime()));
            }
        });
        thread.start();
    }

    /**
     * Stops taking messages, finishes the batch in hand, and closes the channel (the broker
     * requeues the rest). When the channel is gone already, the batch in hand cannot be settled:
     * it is dropped at once.
     */
    void stop() {
        running = false;
        if (!channel.isOpen()) {
            thread.interrupt();
        }
        try {
            if (consumerTag != null && channel.isOpen()) {
                channel.basicCancel(consumerTag);
            }
        } catch (IOException | ShutdownSignalException e) {
            LOG.log(Level.DEBUG, "cannot cancel the subscription: " + e.getMessage());
        }
        try {
            thread.join(TimeUnit.MINUTES.toMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        publisher.close();
        try {
            if (channel.isOpen()) {
                channel.close();
            }
        } catch (IOException | java.util.concurrent.TimeoutException | ShutdownSignalException e) {
            LOG.log(Level.DEBUG, "cannot close the channel: " + e.getMessage());
        }
    }

    private void run() {
        List<Received> batch = new ArrayList<>(settings.batchSize());
        while (running) {
            try {
                Received first = inbox.poll(250, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                inbox.drainTo(batch, settings.batchSize() - 1);
                work(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // A fault of ours must not end the worker: its messages are redelivered when the channel closes.
                LOG.log(Level.ERROR, "the consumer failed on a batch of " + batch.size() + " messages", e);
            } finally {
                batch.clear();
            }
        }
    }

    private void work(List<Received> batch) throws InterruptedException {
        List<AmqpMessage> messages = new ArrayList<>(batch.size());
        for (Received received : batch) {
            messages.add(received.message());
        }
        List<Outcome> outcomes = pipeline.work(messages, publisher);
        List<Received> retry = new ArrayList<>();
        boolean allDone = true;
        for (int i = 0; i < batch.size(); i++) {
            Received received = batch.get(i);
            switch (outcomes.get(i).kind()) {
                case DONE -> {
                }
                case DEAD_LETTER -> {
                    allDone = false;
                    settle(received, () -> channel.basicReject(received.tag(), false));
                    metrics.deadLettered();
                }
                case RETRY -> {
                    allDone = false;
                    retry.add(received);
                }
            }
        }
        if (allDone) {
            // Every delivery of this channel up to the last is in the batch: one frame acknowledges them all.
            Received last = batch.getLast();
            settle(batch, () -> channel.basicAck(last.tag(), true));
        } else {
            for (int i = 0; i < batch.size(); i++) {
                if (outcomes.get(i).kind() == Outcome.Kind.DONE) {
                    Received done = batch.get(i);
                    settle(done, () -> channel.basicAck(done.tag(), false));
                }
            }
        }
        if (retry.isEmpty()) {
            failuresInARow = 0;
            return;
        }
        failuresInARow++;
        metrics.retried(retry.size());
        Thread.sleep(settings.retryDelay(failuresInARow).toMillis());
        for (Received waiting : retry) {
            settle(waiting, () -> channel.basicNack(waiting.tag(), false, true));
        }
    }

    @FunctionalInterface
    private interface Settlement {
        void run() throws IOException;
    }

    private void settle(Received received, Settlement settlement) {
        settle(List.of(received), settlement);
    }

    private void settle(List<Received> received, Settlement settlement) {
        try {
            settlement.run();
        } catch (IOException | ShutdownSignalException e) {
            // The channel went away: the broker delivers these again, and their notifications keep their ids.
            LOG.log(Level.DEBUG, "cannot settle " + received.size() + " messages, the broker redelivers them: " + e.getMessage());
            return;
        }
        long now = System.nanoTime();
        for (Received one : received) {
            metrics.settled(now - one.arrivedNanos());
        }
    }
}
