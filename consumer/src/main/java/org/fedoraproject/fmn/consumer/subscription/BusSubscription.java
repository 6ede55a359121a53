package org.fedoraproject.fmn.consumer.subscription;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.fedoraproject.fmn.consumer.pipeline.ConsumerMetrics;
import org.fedoraproject.fmn.consumer.pipeline.Pipeline;
import org.fedoraproject.fmn.consumer.sendqueue.SendQueueChannel;
import org.fedoraproject.fmn.consumer.sendqueue.SendTarget;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * The consumer on the bus: one connection to the bus for its workers (each on its own channel,
 * competing for the queue's messages with the workers of every other consumer process), one to
 * the send queues' broker for publishing (which may be the same broker).
 *
 * <p>When either connection is lost, everything is started afresh: workers stopped, both
 * connections closed, then connections, channels and workers made anew, tried again with a
 * growing delay until the brokers answer. Deliveries in hand when a connection goes are
 * dropped: the broker delivers them again, and their notifications keep their ids. (The
 * client's own automatic recovery would keep the channels, and with them deliveries whose
 * acknowledgements can no longer be told apart from new ones; starting afresh leaves no doubt.)
 * The first connection is tried in the same way, so that FMN starts while the bus is out of
 * reach.
 */
public final class BusSubscription implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BusSubscription.class.getName());
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final ConnectionFactory bus;
    private final ConnectionFactory sendQueues;
    private final SubscriptionSettings settings;
    private final Pipeline pipeline;
    private final ConsumerMetrics metrics;
    private final SendTarget sendTarget;
    private final Duration confirmTimeout;
    private final String name;
    private final List<Worker> workers = new ArrayList<>();
    /** Connects, and reconnects: one thing at a time. */
    private final ExecutorService connecting;
    private volatile boolean closed;
    private volatile Connection busConnection;
    private volatile Connection sendConnection;

    /**
     * @param bus the bus's connection factory; copied, not changed
     * @param sendQueues the send queues' connection factory; copied, not changed
     * @param sendTarget where notifications are published ({@code amq.direct}, {@code send.<protocol>})
     * @param name the connection name the brokers show ({@code fmn-consumer})
     */
    public BusSubscription(ConnectionFactory bus, ConnectionFactory sendQueues, SubscriptionSettings settings,
            Pipeline pipeline, ConsumerMetrics metrics, SendTarget sendTarget, Duration confirmTimeout, String name) {
        this.bus = ownedBy(bus);
        this.sendQueues = ownedBy(sendQueues);
        this.settings = settings;
        this.pipeline = pipeline;
        this.metrics = metrics;
        this.sendTarget = sendTarget;
        this.confirmTimeout = confirmTimeout;
        this.name = name;
        this.connecting = Executors.newSingleThreadExecutor(Thread.ofPlatform().name(name + "-connect").daemon().factory());
    }

    private static ConnectionFactory ownedBy(ConnectionFactory factory) {
        ConnectionFactory copy = factory.clone();
        copy.setAutomaticRecoveryEnabled(false);
        copy.setTopologyRecoveryEnabled(false);
        return copy;
    }

    /** Connects and subscribes in the background, trying again until it succeeds or is closed. Returns at once. */
    public void start() {
        connecting.execute(this::connectUntilDone);
    }

    /**
     * Connects and subscribes now (a benchmark's or a test's start, without waiting in the background).
     *
     * @throws IOException when a broker cannot be reached or refuses the queue's declaration
     */
    public synchronized void connect() throws IOException {
        if (busConnection != null || closed) {
            return;
        }
        Connection publishing = null;
        Connection consuming = null;
        try {
            publishing = sendQueues.newConnection(name + "-publisher");
            consuming = bus.newConnection(name);
            for (int i = 0; i < settings.workers(); i++) {
                Channel channel = consuming.createChannel();
                if (i == 0) {
                    QueueTopology.declare(channel, settings);
                }
                Worker worker = new Worker(i + 1, channel,
                        new SendQueueChannel(publishing, sendTarget, confirmTimeout), pipeline, settings, metrics);
                worker.start();
                workers.add(worker);
            }
        } catch (IOException | TimeoutException | RuntimeException e) {
            stopWorkers();
            closeQuietly(consuming);
            closeQuietly(publishing);
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        // Only now, subscribed: connected() says so, and a loss from here on starts afresh.
        sendConnection = publishing;
        busConnection = consuming;
        watch(publishing, "the send queues");
        watch(consuming, "the bus");
        LOG.log(Level.INFO, "Consumer: subscribed to {0} with {1} workers", settings.queue(), settings.workers());
    }

    /** On an unexpected loss of this connection, starts afresh in the background. */
    private void watch(Connection connection, String what) {
        if (!connection.isOpen()) {
            // Lost before it was watched: no listener will be told.
            connecting.execute(() -> reconnect(connection));
            return;
        }
        connection.addShutdownListener(cause -> {
            if (cause.isInitiatedByApplication() || closed) {
                return;
            }
            LOG.log(Level.WARNING, "Consumer: lost the connection to " + what + ", reconnecting: " + reason(cause));
            try {
                connecting.execute(() -> reconnect(connection));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closing
            }
        });
    }

    private static String reason(ShutdownSignalException cause) {
        Throwable why = cause.getCause();
        return why == null ? cause.getMessage() : why.getMessage() == null ? why.getClass().getSimpleName() : why.getMessage();
    }

    private void reconnect(Connection lost) {
        synchronized (this) {
            if (lost != busConnection && lost != sendConnection) {
                return; // already started afresh since
            }
            disconnect();
        }
        connectUntilDone();
    }

    private void connectUntilDone() {
        Duration delay = FIRST_RETRY;
        boolean told = false;
        while (!closed) {
            try {
                connect();
                return;
            } catch (IOException e) {
                if (!told) {
                    LOG.log(Level.WARNING, "Consumer: cannot subscribe to the bus yet, trying again: " + e.getMessage());
                    told = true;
                }
            }
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            delay = delay.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay.multipliedBy(2);
        }
    }

    /** Whether it is subscribed now: both connections open, the queue declared and bound, the workers taking messages. */
    public boolean connected() {
        Connection consuming = busConnection;
        Connection publishing = sendConnection;
        return consuming != null && consuming.isOpen() && publishing != null && publishing.isOpen();
    }

    /** Stops taking messages, lets each worker finish the batch in hand, and closes the connections. */
    @Override
    public void close() {
        closed = true;
        connecting.shutdownNow();
        synchronized (this) {
            disconnect();
        }
        try {
            connecting.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the workers and closes both connections; called holding the lock. */
    private void disconnect() {
        stopWorkers();
        closeQuietly(busConnection);
        closeQuietly(sendConnection);
        busConnection = null;
        sendConnection = null;
    }

    private void stopWorkers() {
        for (Worker worker : workers) {
            worker.stop();
        }
        workers.clear();
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null && connection.isOpen()) {
            try {
                connection.close(5_000);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.DEBUG, "closing a connection: " + e.getMessage());
            }
        }
    }
}
