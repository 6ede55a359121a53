package org.fedoraproject.fmn.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.fedoraproject.fmn.consumer.MessageConsumer;
import org.fedoraproject.fmn.consumer.counts.GeneratedCountRecorder;
import org.fedoraproject.fmn.consumer.pipeline.ConsumerMetrics;
import org.fedoraproject.fmn.consumer.pipeline.Pipeline;
import org.fedoraproject.fmn.consumer.rules.LiveRules;
import org.fedoraproject.fmn.consumer.sendqueue.SendTarget;
import org.fedoraproject.fmn.consumer.subscription.BusSubscription;
import org.fedoraproject.fmn.consumer.subscription.QueueTopology;
import org.fedoraproject.fmn.consumer.subscription.SubscriptionSettings;
import org.fedoraproject.fmn.database.Database;
import org.fedoraproject.fmn.database.DatabaseSettings;
import org.fedoraproject.fmn.database.rule.RuleContent;
import org.fedoraproject.fmn.message.AmqpMessage;
import org.fedoraproject.fmn.message.AmqpMessageCodec;
import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.notification.NotificationRenderer;
import org.fedoraproject.fmn.notification.RenderSettings;
import org.fedoraproject.fmn.notification.SendQueue;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.schema.SchemaRegistry;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;

import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * One run of {@code fmn bench consumer}: the broker's own delivery rate for a workload's raw
 * stream, then the consumer's end-to-end rate for the same stream, in the same run on the same
 * broker, so that the two compare.
 */
final class ConsumerBench {

    /** The workload or the broker could not be used. */
    static final class BenchFailed extends RuntimeException {
        BenchFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    record Result(int messages, long notifications, double rawPerSecond, double consumerPerSecond, double p50Millis,
            double p99Millis) {
        String json() {
            return String.format(Locale.ROOT, "{\"messages\": %d, \"notifications\": %d, \"raw_messages_per_second\": %.0f, "
                    + "\"consumer_messages_per_second\": %.0f, \"latency_ms_p50\": %.2f, \"latency_ms_p99\": %.2f}",
                    messages, notifications, rawPerSecond, consumerPerSecond, p50Millis, p99Millis);
        }
    }

    private static final int PUBLISH_BATCH = 500;

    private final URI amqpUrl;
    private final Path workload;
    private final int workers;
    private final int batchSize;
    private final PrintWriter err;
    private final String name = "fmn-bench-" + UUID.randomUUID();

    ConsumerBench(URI amqpUrl, Path workload, int workers, int batchSize, PrintWriter err) {
        this.amqpUrl = amqpUrl;
        this.workload = workload;
        this.workers = workers;
        this.batchSize = batchSize;
        this.err = err;
    }

    Result run() {
        OfflineWorld world = OfflineWorld.load(workload.resolve("directory.json"), workload.resolve("distgit.json"),
                workload.resolve("rules.jsonl"), err);
        List<AmqpMessage> stream = readStream(workload.resolve("messages.raw.jsonl"));
        say("read %,d accounts, %,d dist-git projects, %,d rules, %,d messages", world.directory().size(),
                world.forge().size(), world.rules().size(), stream.size());
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(amqpUrl);
        } catch (Exception e) {
            throw new BenchFailed("not a usable AMQP URL: " + e.getMessage(), e);
        }
        DatabaseSettings memory = new DatabaseSettings("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", workload);
        try (Database database = Database.open(memory, Clock.systemUTC());
                Connection connection = factory.newConnection(name)) {
            database.migrations().migrate();
            storeRules(database, world.rules());
            Channel channel = connection.createChannel();
            try {
                double raw = rawRate(connection, channel, stream);
                say("the broker alone: %,.0f messages/s", raw);
                return consumerRate(factory, connection, channel, database, world, stream, raw);
            } finally {
                cleanUp(connection);
            }
        } catch (IOException | TimeoutException e) {
            throw new BenchFailed("the broker at " + amqpUrl.getHost() + ":" + amqpUrl.getPort() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailed("interrupted", e);
        }
    }

    private List<AmqpMessage> readStream(Path file) {
        List<AmqpMessage> stream = new ArrayList<>();
        int bad = InputFiles.eachLine(file, err, line -> stream.add(AmqpMessageCodec.write(SerializedMessageCodec.read(line.bytes()))));
        if (bad > 0) {
            say("%,d lines of the stream skipped", bad);
        }
        return stream;
    }

    private void storeRules(Database database, List<Rule> rules) {
        long start = System.nanoTime();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            database.rules().create(rule.ownerName(), RuleContent.of(rule));
            if ((i + 1) % 5000 == 0) {
                say("stored %,d rules...", i + 1);
            }
        }
        say("stored %,d rules in %.1f s", rules.size(), (System.nanoTime() - start) / 1e9);
    }

    /** How fast the broker delivers the stream from a queue to a client that acknowledges in batches, as the consumer does. */
    private double rawRate(Connection connection, Channel channel, List<AmqpMessage> stream)
            throws IOException, InterruptedException, TimeoutException {
        String queue = name + "-raw";
        channel.exchangeDeclare(busExchange(), "topic", true);
        channel.queueDeclare(queue, true, false, false, Map.of("x-queue-type", "classic"));
        channel.queueBind(queue, busExchange(), "#");
        publish(channel, queue, stream);
        Channel consuming = connection.createChannel();
        consuming.basicQos(2 * batchSize);
        CountDownLatch drained = new CountDownLatch(stream.size());
        AtomicInteger received = new AtomicInteger();
        long start = System.nanoTime();
        consuming.basicConsume(queue, false, new DefaultConsumer(consuming) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body)
                    throws IOException {
                int count = received.incrementAndGet();
                if (count % batchSize == 0 || count == stream.size()) {
                    consuming.basicAck(envelope.getDeliveryTag(), true);
                }
                drained.countDown(); // after the acknowledgement: the channel closes once the count is reached
            }
        });
        if (!drained.await(30, TimeUnit.MINUTES)) {
            throw new BenchFailed("the broker did not deliver the stream within 30 minutes", null);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        consuming.close();
        channel.queueDelete(queue);
        return stream.size() / seconds;
    }

    private Result consumerRate(ConnectionFactory factory, Connection connection, Channel channel, Database database,
            OfflineWorld world, List<AmqpMessage> stream, double raw) throws IOException, InterruptedException, TimeoutException {
        String sendExchange = name + "-send";
        channel.exchangeDeclare(sendExchange, "direct", false, false, null);
        List<String> sendQueues = new ArrayList<>();
        for (Protocol protocol : Protocol.values()) {
            String queue = name + "-" + SendQueue.routingKey(protocol);
            channel.queueDeclare(queue, true, false, false, null);
            channel.queueBind(queue, sendExchange, SendQueue.routingKey(protocol));
            sendQueues.add(queue);
        }
        SubscriptionSettings settings = new SubscriptionSettings(name, true, "classic", null, name + ".dead", Map.of(),
                busExchange(), List.of("#"), 2 * batchSize, workers, batchSize, Duration.ofSeconds(1),
                Duration.ofSeconds(10));
        QueueTopology.declare(channel, settings);
        publish(channel, name, stream);

        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ConsumerMetrics metrics = new ConsumerMetrics(meters);
        LiveRules rules = new LiveRules(database.rules(), 1000);
        GeneratedCountRecorder counts = new GeneratedCountRecorder(database.generatedCounts(), Clock.systemUTC());
        Pipeline pipeline = new Pipeline(SchemaRegistry.standard(), message -> {
        }, rules, world.directory(), world.forge(), new NotificationRenderer(RenderSettings.FEDORA), counts, metrics);
        long loadStart = System.nanoTime();
        rules.load(read -> {
        });
        say("indexed the rules from the database in %.1f s", (System.nanoTime() - loadStart) / 1e9);
        BusSubscription subscription = new BusSubscription(factory, factory, settings, pipeline, metrics, new SendTarget(sendExchange, ""),
                Duration.ofSeconds(30), name + "-consumer");
        try (MessageConsumer consumer = new MessageConsumer(rules, subscription, counts, metrics, Duration.ofHours(1))) {
            long start = System.nanoTime();
            subscription.connect();
            long lastSay = start;
            while (metrics.latency().count() < stream.size()) {
                Thread.sleep(20);
                if (System.nanoTime() - lastSay > 5_000_000_000L) {
                    lastSay = System.nanoTime();
                    say("the consumer worked %,d messages...", metrics.latency().count());
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            HistogramSnapshot latency = metrics.latency();
            long notifications = 0;
            for (String queue : sendQueues) {
                notifications += channel.messageCount(queue);
            }
            double consumerRate = stream.size() / seconds;
            say("the consumer: %,.0f messages/s (%.0f%% of the broker alone), %,d notifications", consumerRate,
                    100 * consumerRate / raw, notifications);
            return new Result(stream.size(), notifications, raw, consumerRate, percentile(latency, 0.5),
                    percentile(latency, 0.99));
        }
    }

    private static double percentile(HistogramSnapshot snapshot, double which) {
        for (ValueAtPercentile value : snapshot.percentileValues()) {
            if (value.percentile() == which) {
                return value.value(TimeUnit.MILLISECONDS);
            }
        }
        return Double.NaN;
    }

    /** The bench's own bus: the stream is published to it with each message's topic, as on the real bus. */
    private String busExchange() {
        return name + "-bus";
    }

    /** Publishes the stream to the bench's bus, where {@code queue} alone takes it. */
    private void publish(Channel channel, String queue, List<AmqpMessage> stream)
            throws IOException, InterruptedException, TimeoutException {
        channel.confirmSelect();
        long start = System.nanoTime();
        for (int i = 0; i < stream.size(); i++) {
            AmqpMessage message = stream.get(i);
            channel.basicPublish(busExchange(), message.routingKey(), new AMQP.BasicProperties.Builder()
                    .messageId(message.messageId())
                    .contentType(message.contentType())
                    .contentEncoding(message.contentEncoding())
                    .deliveryMode(2)
                    .headers(message.headers())
                    .build(), message.body());
            if ((i + 1) % PUBLISH_BATCH == 0) {
                channel.waitForConfirmsOrDie(60_000);
            }
        }
        channel.waitForConfirmsOrDie(60_000);
        say("queued %,d messages in %s in %.1f s", stream.size(), queue, (System.nanoTime() - start) / 1e9);
    }

    private void cleanUp(Connection connection) {
        try (Channel channel = connection.createChannel()) {
            for (String queue : List.of(name + "-raw", name, name + ".dead")) {
                channel.queueDelete(queue);
            }
            for (Protocol protocol : Protocol.values()) {
                channel.queueDelete(name + "-" + SendQueue.routingKey(protocol));
            }
            channel.exchangeDelete(name + "-send");
            channel.exchangeDelete(busExchange());
        } catch (IOException | TimeoutException | RuntimeException e) {
            say("could not delete all of its queues (%s): delete those named %s*", e.getMessage(), name);
        }
    }

    private void say(String format, Object... args) {
        err.println("fmn bench consumer: " + String.format(format, args));
        err.flush();
    }
}
