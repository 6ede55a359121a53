package org.fedoraproject.fmn.consumer.subscription;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.fedoraproject.fmn.consumer.pipeline.ConsumerMetrics;
import org.fedoraproject.fmn.consumer.pipeline.Pipeline;
import org.fedoraproject.fmn.consumer.sendqueue.SendQueueChannel;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * The consumer on the bus: one connection to the bus for its workers (each on its own channel,
 * competing for the queue's messages with the workers of every other consumer process), one to
 * the send queues' broker for publishing (which may be the same broker). Both connections
 * recover by themselves when the broker goes away (the RabbitMQ client's automatic recovery,
 * topology and subscriptions included); until the first connection is made, it is tried again
 * with a growing delay, so that FMN starts while the bus is out of reach.
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
    private final String sendExchange;
    private final Duration confirmTimeout;
    private final String name;
    private final List<Worker> workers = new ArrayList<>();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile Connection busConnection;
    private volatile Connection sendConnection;
    private Thread starter;

    /**
     * @param bus the bus's connection factory; copied, not changed
     * @param sendQueues the send queues' connection factory; copied, not changed
     * @param sendExchange the exchange notifications are published to ({@code amq.direct})
     * @param name the connection name the brokers show ({@code fmn-consumer})
     */
    public BusSubscription(ConnectionFactory bus, ConnectionFactory sendQueues, SubscriptionSettings settings,
            Pipeline pipeline, ConsumerMetrics metrics, String sendExchange, Duration confirmTimeout, String name) {
        this.bus = recovering(bus);
        this.sendQueues = recovering(sendQueues);
        this.settings = settings;
        this.pipeline = pipeline;
        this.metrics = metrics;
        this.sendExchange = sendExchange;
        this.confirmTimeout = confirmTimeout;
        this.name = name;
    }

    private static ConnectionFactory recovering(ConnectionFactory factory) {
        ConnectionFactory copy = factory.clone();
        copy.setAutomaticRecoveryEnabled(true);
        copy.setTopologyRecoveryEnabled(true);
        copy.setNetworkRecoveryInterval(FIRST_RETRY.toMillis());
        return copy;
    }

    /** Connects and subscribes in the background, trying again until it succeeds or is closed. */
    public synchronized void start() {
        if (starter != null) {
            return;
        }
        starter = Thread.ofPlatform().name(name + "-start").daemon().start(this::connectUntilDone);
    }

    /**
     * Connects and subscribes now.
     *
     * @throws IOException when a broker cannot be reached or refuses the queue's declaration
     */
    public synchronized void connect() throws IOException {
        if (busConnection != null) {
            return;
        }
        try {
            sendConnection = sendQueues.newConnection(name + "-publisher");
            busConnection = bus.newConnection(name);
            Channel declaring = busConnection.createChannel();
            QueueTopology.declare(declaring, settings);
            declaring.close();
            for (int i = 0; i < settings.workers(); i++) {
                Worker worker = new Worker(i + 1, busConnection.createChannel(),
                        new SendQueueChannel(sendConnection, sendExchange, confirmTimeout), pipeline, settings, metrics);
                worker.start();
                workers.add(worker);
            }
        } catch (IOException | TimeoutException | RuntimeException e) {
            workers.forEach(Worker::stop);
            workers.clear();
            closeConnections();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        LOG.log(Level.INFO, "Consumer: subscribed to {0} with {1} workers", settings.queue(), settings.workers());
    }

    private void connectUntilDone() {
        Duration delay = FIRST_RETRY;
        boolean told = false;
        while (stopping.getCount() > 0) {
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
                if (stopping.await(delay.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            delay = delay.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay.multipliedBy(2);
        }
    }

    /** Whether both connections are open now. */
    public boolean connected() {
        Connection consuming = busConnection;
        Connection publishing = sendConnection;
        return consuming != null && consuming.isOpen() && publishing != null && publishing.isOpen();
    }

    /** Stops taking messages, lets each worker finish the batch in hand, and closes the connections. */
    @Override
    public void close() {
        stopping.countDown();
        synchronized (this) {
            for (Worker worker : workers) {
                worker.stop();
            }
            workers.clear();
            closeConnections();
        }
    }

    private void closeConnections() {
        for (Connection connection : new Connection[] {busConnection, sendConnection}) {
            if (connection != null) {
                try {
                    connection.close(5_000);
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.DEBUG, "closing a connection: " + e.getMessage());
                }
            }
        }
        busConnection = null;
        sendConnection = null;
    }
}
