package org.fedoraproject.fmn.bus.embedded;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import org.fedoraproject.fmn.bus.ConnectionSettings;
import org.fedoraproject.fmn.message.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Apache Qpid Broker-J inside this process, speaking AMQP 0-9-1 on loopback only: the bus
 * and send queues of the embedded default, so that every role runs the same AMQP code as in
 * production. Its state (queues, exchanges, bindings, messages) is kept in a Derby database in
 * its folder and survives a restart; {@code amq.topic} and {@code amq.direct} exist as on
 * RabbitMQ. The password is made anew at each start; the URL with it is written to
 * {@value #ADDRESS_FILE} in the folder, readable only by its owner, for {@code fmn replay}, and
 * removed at a clean stop.
 */
public final class EmbeddedBroker implements AutoCloseable {

    /** The file in the broker's folder that holds its URL while it runs. */
    public static final String ADDRESS_FILE = "amqp-url";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final String USER = "fmn";

    private final Path folder;
    private final int port;
    private final URI url;
    /** Qpid's SystemLauncher, loaded by {@link QpidClassLoader}. */
    private Object launcher;
    private ClassLoader qpid;

    private EmbeddedBroker(Path folder, int port, URI url) {
        this.folder = folder;
        this.port = port;
        this.url = url;
    }

    /**
     * Starts a broker with its state in {@code folder}, listening on 127.0.0.1:{@code port}
     * (0: a free port).
     *
     * @throws IllegalStateException saying so when the port is taken or the broker cannot start
     */
    public static EmbeddedBroker start(Path folder, int port) {
        return start(folder, port, UnaryOperator.identity());
    }

    /** Starts a broker whose configuration {@code customize} adds to (a TLS port, in tests). */
    public static EmbeddedBroker start(Path folder, int port, UnaryOperator<BrokerConfig> customize) {
        Path absolute = folder.toAbsolutePath().normalize();
        int chosen = port == 0 ? freePort() : requireFree(port);
        String password = HexFormat.of().formatHex(randomBytes());
        URI url = URI.create("amqp://" + USER + ":" + password + "@127.0.0.1:" + chosen + "/" + BrokerConfig.VIRTUAL_HOST);
        EmbeddedBroker broker = new EmbeddedBroker(absolute, chosen, url);
        broker.launch(customize.apply(new BrokerConfig(USER, chosen, absolute.resolve("store").toString())), password);
        return broker;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private void launch(BrokerConfig config, String password) {
        Path initial = folder.resolve("initial-config.json");
        try {
            Files.createDirectories(folder);
            Files.writeString(initial, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(config.tree()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the embedded broker's folder " + folder + ": " + e.getMessage(), e);
        }
        // Derby, the store's database, writes its log to the working directory unless told.
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString());
        }
        try {
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("qpid.work_dir", folder.toString());
            context.put("fmn.broker.password", password);
            // No broker statistics reports in the log every few minutes.
            context.put("qpid.broker.statisticsReportPeriod", "0");
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("type", "Memory");
            attributes.put("initialConfigurationLocation", initial.toUri().toString());
            attributes.put("startupLoggedToSystemOut", false);
            attributes.put("context", context);
            qpid = new QpidClassLoader(EmbeddedBroker.class.getClassLoader());
            inQpid(() -> {
                Class<?> listenerType = qpid.loadClass("org.apache.qpid.server.SystemLauncherListener");
                Object listener = qpid.loadClass("org.apache.qpid.server.SystemLauncherListener$DefaultSystemLauncherListener")
                        .getConstructor().newInstance();
                Object listeners = Array.newInstance(listenerType, 1);
                Array.set(listeners, 0, listener);
                Class<?> launcherType = qpid.loadClass("org.apache.qpid.server.SystemLauncher");
                launcher = launcherType.getConstructor(listeners.getClass()).newInstance(listeners);
                launcherType.getMethod("startup", Map.class).invoke(launcher, attributes);
                return null;
            });
        } catch (Exception e) {
            stopQuietly();
            throw new IllegalStateException("the embedded broker did not start on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        AddressFile.write(folder.resolve(ADDRESS_FILE), url);
        LOG.info("Embedded AMQP broker listening on 127.0.0.1:{} (state in {})", port, folder);
    }

    /**
     * Runs a call into Qpid with its class loader as the context class loader, which Qpid finds
     * its plugins with (and its threads inherit), unwrapping reflection's wrapper of a failure.
     */
    private <T> T inQpid(Callable<T> call) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(qpid);
        try {
            return call.call();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static int requireFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return port;
        } catch (IOException e) {
            throw new IllegalStateException("the embedded broker's port 127.0.0.1:" + port
                    + " is taken (is another fmn serve running?): stop what uses it, or choose another with --fmn.broker.port=PORT", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the embedded broker", e);
        }
    }

    /** The broker's URL, with its user and password. */
    public URI url() {
        return url;
    }

    public int port() {
        return port;
    }

    /** Settings to connect to this broker. */
    public ConnectionSettings connectionSettings() {
        return ConnectionSettings.of(url, "fmn");
    }

    /** Stops the broker: connections are closed, the state stays in its folder. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(folder.resolve(ADDRESS_FILE));
        } catch (IOException e) {
            LOG.warn("cannot remove {}: {}", folder.resolve(ADDRESS_FILE), e.getMessage());
        }
        stopQuietly();
        LOG.info("Embedded AMQP broker stopped");
    }

    private void stopQuietly() {
        if (launcher != null) {
            try {
                Object running = launcher;
                inQpid(() -> running.getClass().getMethod("shutdown").invoke(running));
            } catch (Exception e) {
                LOG.warn("the embedded broker did not stop cleanly: {}", e.getMessage());
            }
            launcher = null;
        }
    }
}
