package org.fedoraproject.fmn.bus;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Reads the two connections' settings: {@code fmn.bus.*}, the Fedora bus, and
 * {@code fmn.send-queue.*}, FMN's private broker of notification queues, which is the bus's
 * broker when {@code fmn.send-queue.url} is not set. Each has {@code url}, {@code ca-cert},
 * {@code certfile}, {@code keyfile}, {@code connection-name} and {@code heartbeat}.
 */
public final class BusSettings {

    public static final String BUS = "fmn.bus";
    public static final String SEND_QUEUE = "fmn.send-queue";
    /** Set to run the embedded broker when no bus is configured (the embedded default sets it). */
    public static final String EMBEDDED_ENABLED = "fmn.broker.enabled";

    private BusSettings() {
    }

    /** Whether a bus is configured: {@code fmn.bus.url} is set. */
    public static boolean configured(Environment environment) {
        return !environment.getProperty(BUS + ".url", "").isBlank();
    }

    /** Whether the embedded broker runs: no bus is configured and {@code fmn.broker.enabled}. */
    public static boolean embedded(Environment environment) {
        return !configured(environment) && environment.getProperty(EMBEDDED_ENABLED, Boolean.class, false);
    }

    /** Whether there is a bus to connect to, configured or embedded. */
    public static boolean available(Environment environment) {
        return configured(environment) || embedded(environment);
    }

    /**
     * The bus connection: {@code fmn.bus.*} when configured, else {@code embedded}.
     *
     * @throws IllegalStateException when neither is there
     */
    public static ConnectionSettings bus(Environment environment, ConnectionSettings embedded) {
        if (configured(environment)) {
            return read(environment, BUS, "fmn");
        }
        if (embedded == null) {
            throw new IllegalStateException("no bus: set fmn.bus.url, or fmn.broker.enabled=true for the embedded broker");
        }
        return embedded.named(Binder.get(environment).bind(BUS + ".connection-name", String.class).orElse("fmn"));
    }

    /** The send-queue connection: {@code fmn.send-queue.*} when its URL is set, else the bus's broker. */
    public static ConnectionSettings sendQueue(Environment environment, ConnectionSettings bus) {
        String name = Binder.get(environment).bind(SEND_QUEUE + ".connection-name", String.class).orElse("fmn-send-queue");
        if (environment.getProperty(SEND_QUEUE + ".url", "").isBlank()) {
            return bus.named(name);
        }
        return read(environment, SEND_QUEUE, name);
    }

    private static ConnectionSettings read(Environment environment, String prefix, String defaultName) {
        Binder binder = Binder.get(environment);
        URI url;
        try {
            url = URI.create(environment.getProperty(prefix + ".url", "").strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + ".url is not a URL: " + e.getMessage(), e);
        }
        try {
            return new ConnectionSettings(url,
                    binder.bind(prefix + ".ca-cert", Path.class).orElse(null),
                    binder.bind(prefix + ".certfile", Path.class).orElse(null),
                    binder.bind(prefix + ".keyfile", Path.class).orElse(null),
                    binder.bind(prefix + ".connection-name", String.class).orElse(defaultName),
                    binder.bind(prefix + ".heartbeat", Duration.class).orElse(null));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + ": " + e.getMessage(), e);
        }
    }
}
