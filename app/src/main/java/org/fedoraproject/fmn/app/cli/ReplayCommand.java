package org.fedoraproject.fmn.app.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

import org.fedoraproject.fmn.bus.BusMessages;
import org.fedoraproject.fmn.bus.ConnectionFactories;
import org.fedoraproject.fmn.bus.ConnectionSettings;
import org.fedoraproject.fmn.bus.embedded.AddressFile;
import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitOperations;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fmn replay}: publishes a file of serialized bus messages to a bus, as fedora-messaging
 * publishes them, each confirmed by the broker.
 */
@Command(name = "replay",
        mixinStandardHelpOptions = true,
        description = {
                "Publishes a file of bus messages to the bus, as fedora-messaging publishes them.",
                "",
                "FILE holds fedora-messaging's serialized messages, one JSON object a line",
                "({\"id\",\"topic\",\"headers\",\"body\",\"queue\"}; '-' reads stdin). Each goes to the",
                "exchange (amq.topic) under its topic, persistent, with its id and headers,",
                "and counts once the broker confirmed it. The bus is --bus-url, else",
                "FMN_BUS_URL, else the embedded broker of the `fmn serve` running on the data",
                "folder.",
                "",
                "Progress goes to stderr every second. A line that is no message is reported",
                "with its file and line and skipped. Exit status: 0 when every message was",
                "published, 1 when some lines were bad or refused, 2 when the file or the bus",
                "cannot be used."})
public final class ReplayCommand implements Callable<Integer> {

    /** Publishes awaiting their confirm at most: enough to keep the broker busy. */
    private static final int WINDOW = 1_000;
    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(30);

    @Parameters(index = "0", paramLabel = "FILE", description = "the messages, one a line ('-' reads stdin)")
    private Path file;

    @Option(names = "--rate", paramLabel = "N", description = "messages per second at most (default: as fast as the broker confirms)")
    private Double rate;

    @Option(names = "--bus-url", paramLabel = "URL",
            description = "the bus: amqp://user:password@host:5672/%%2F or amqps://... (default: FMN_BUS_URL, else the running fmn serve's embedded broker)")
    private URI busUrl;

    @Option(names = "--ca-cert", paramLabel = "FILE", description = "the CA certificates (PEM) of an amqps bus")
    private Path caCert;

    @Option(names = "--certfile", paramLabel = "FILE", description = "a client certificate (PEM) for an amqps bus")
    private Path certfile;

    @Option(names = "--keyfile", paramLabel = "FILE", description = "the client certificate's private key (PEM)")
    private Path keyfile;

    @Option(names = "--exchange", paramLabel = "NAME", defaultValue = "amq.topic", description = "the exchange (default: amq.topic)")
    private String exchange;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "the data folder of the running fmn serve whose embedded broker to use (default: the checkout's data/)")
    private Path dataDir;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (rate != null && !(rate > 0)) {
                err.println("fmn replay: --rate must be a positive number of messages per second, not " + rate);
                return 2;
            }
            ConnectionSettings settings;
            try {
                settings = new ConnectionSettings(bus(), caCert, certfile, keyfile, "fmn-replay", null);
            } catch (IllegalArgumentException e) {
                err.println("fmn replay: " + e.getMessage());
                return 2;
            }
            return replay(settings, err);
        } catch (UnusableFile e) {
            err.println("fmn replay: " + e.getMessage());
            return 2;
        } finally {
            err.flush();
        }
    }

    private URI bus() {
        if (busUrl != null) {
            return busUrl;
        }
        String environment = System.getenv("FMN_BUS_URL");
        if (environment != null && !environment.isBlank()) {
            return URI.create(environment.strip());
        }
        Path data = dataDir != null ? dataDir : Path.of(System.getProperty("fmn.home", "."), "data");
        Path broker = data.resolve("broker");
        Optional<URI> embedded;
        try {
            embedded = AddressFile.read(broker);
        } catch (UncheckedIOException e) {
            throw new UnusableFile(e.getMessage(), e);
        }
        return embedded.orElseThrow(() -> new UnusableFile("no bus to publish to: give --bus-url (or FMN_BUS_URL), or start"
                + " `./fmn serve`, whose embedded broker leaves its address in " + broker.resolve("amqp-url")));
    }

    private int replay(ConnectionSettings settings, PrintWriter err) {
        // Spring AMQP logs each connection it opens, the AMQP client each failure it sees: the
        // command says what matters itself, once.
        for (String name : new String[] {"org.springframework.amqp", "com.rabbitmq.client"}) {
            if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logback) {
                logback.setLevel(ch.qos.logback.classic.Level.ERROR);
            }
        }
        CachingConnectionFactory connections;
        try {
            connections = ConnectionFactories.create(settings, true);
            connections.createConnection().close();
        } catch (IllegalArgumentException | AmqpException e) {
            err.println("fmn replay: cannot connect to " + settings.redactedUrl() + ": " + reason(e));
            return 2;
        }
        try {
            // Every publish on one channel, so that the messages reach the bus in the file's order.
            Integer status = new RabbitTemplate(connections).invoke(channel -> {
                Replay replay = new Replay(channel, err);
                int bad = InputFiles.eachLine(file, err, line -> replay.publish(SerializedMessageCodec.read(line.bytes())));
                replay.awaitAll();
                replay.report("published", settings);
                return bad + replay.refused == 0 ? 0 : 1;
            });
            return status;
        } finally {
            connections.destroy();
        }
    }

    /** One run's publishing: a window of publishes in flight, paced, with progress. */
    private final class Replay {
        private final RabbitOperations rabbit;
        private final PrintWriter err;
        private final Deque<CorrelationData> inFlight = new ArrayDeque<>();
        private final long start = System.nanoTime();
        private long lastReport = start;
        private long sent;
        private long confirmed;
        private int refused;

        Replay(RabbitOperations rabbit, PrintWriter err) {
            this.rabbit = rabbit;
            this.err = err;
        }

        void publish(Message message) {
            if (rate != null) {
                long due = start + (long) (sent * 1e9 / rate);
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
            }
            if (inFlight.size() >= WINDOW) {
                awaitOldest();
            }
            CorrelationData confirm = new CorrelationData(message.id());
            try {
                rabbit.send(exchange, BusMessages.routingKey(message), BusMessages.toAmqp(message), confirm);
            } catch (AmqpException e) {
                throw busFailure(e);
            }
            inFlight.add(confirm);
            sent++;
            if (System.nanoTime() - lastReport >= 1_000_000_000L) {
                lastReport = System.nanoTime();
                report("published", null);
            }
        }

        void awaitAll() {
            while (!inFlight.isEmpty()) {
                awaitOldest();
            }
        }

        private void awaitOldest() {
            CorrelationData oldest = inFlight.remove();
            try {
                CorrelationData.Confirm confirm = oldest.getFuture().get(CONFIRM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                if (confirm.ack()) {
                    confirmed++;
                } else {
                    refused++;
                    err.println("fmn replay: the bus refused message " + oldest.getId()
                            + (confirm.reason() == null ? "" : ": " + confirm.reason()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UnusableFile("interrupted while waiting for the bus to confirm message " + oldest.getId(), e);
            } catch (ExecutionException | TimeoutException e) {
                throw new UnusableFile("the bus did not confirm message " + oldest.getId() + " within " + CONFIRM_TIMEOUT.toSeconds()
                        + " s; " + confirmed + " messages were confirmed", e);
            }
        }

        void report(String what, ConnectionSettings settings) {
            double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-9);
            err.printf("fmn replay: %,d messages %s%s in %.1f s (%,.0f/s)%s%n", settings == null ? sent : confirmed, what,
                    settings == null ? "" : " to " + settings.redactedUrl(), seconds, (settings == null ? sent : confirmed) / seconds,
                    refused == 0 ? "" : ", " + refused + " refused");
            err.flush();
        }

        /**
         * The bus failing stops the replay, as a file that cannot be read does (exit status 2);
         * the messages already confirmed are on the bus.
         */
        private UnusableFile busFailure(AmqpException e) {
            return new UnusableFile("cannot publish to the bus: " + reason(e) + "; " + confirmed + " messages were confirmed", e);
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && (cause.getMessage() == null || cause instanceof AmqpException)) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
