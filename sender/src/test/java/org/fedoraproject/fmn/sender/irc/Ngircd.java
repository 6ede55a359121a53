package org.fedoraproject.fmn.sender.irc;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real IRC server for tests: Debian's ngircd, started in the foreground ({@code -n}) on its
 * own loopback port with a configuration written to a temporary directory, stopped after.
 */
final class Ngircd implements AutoCloseable {

    private static final Optional<Path> EXECUTABLE = Stream.concat(
                    Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).filter(dir -> !dir.isEmpty()).map(Path::of),
                    Stream.of(Path.of("/usr/sbin"), Path.of("/usr/local/sbin")))
            .map(dir -> dir.resolve("ngircd"))
            .filter(Files::isExecutable)
            .findFirst();

    private final Path dir;
    private final int port;
    private final String extraGlobal;
    private final String extraSections;
    private Process process;

    private Ngircd(Path dir, int port, String extraGlobal, String extraSections) {
        this.dir = dir;
        this.port = port;
        this.extraGlobal = extraGlobal;
        this.extraSections = extraSections;
    }

    /** Whether ngircd is installed, for the tests' assumptions. */
    static boolean installed() {
        return EXECUTABLE.isPresent();
    }

    static final String NOT_INSTALLED = "ngircd is not installed (apt-get install ngircd): IRC tests skipped";

    /** Starts a server on a free port, its files in {@code dir}; {@code extraGlobal} adds [Global] settings. */
    static Ngircd start(Path dir, String extraGlobal) {
        Ngircd server = new Ngircd(dir, freePort(), extraGlobal, "");
        server.start();
        return server;
    }

    /**
     * Starts a server that also takes TLS connections on {@code tlsPort}, with the certificate
     * and key of the PEM files given.
     */
    static Ngircd startWithTls(Path dir, int tlsPort, Path certificate, Path key) {
        Ngircd server = new Ngircd(dir, freePort(), "", """
                [SSL]
                CertFile = %s
                KeyFile = %s
                Ports = %d
                """.formatted(certificate, key, tlsPort));
        server.start();
        return server;
    }

    static Ngircd start(Path dir) {
        return start(dir, "");
    }

    URI url() {
        return URI.create("irc://127.0.0.1:" + port);
    }

    int port() {
        return port;
    }

    /** What the server logged, for assertions about why it closed connections. */
    String log() {
        try {
            return Files.readString(dir.resolve("ngircd.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void start() {
        try {
            Path config = dir.resolve("ngircd.conf");
            Files.writeString(config, """
                    [Global]
                    Name = irc.fmn.test
                    Info = FMN test server
                    AdminInfo1 = FMN tests
                    AdminInfo2 = loopback
                    AdminEMail = root@localhost
                    Listen = 127.0.0.1
                    Ports = %d
                    MotdPhrase = FMN test server
                    PidFile = %s
                    %s
                    [Limits]
                    MaxNickLength = 30
                    MaxConnectionsIP = 0
                    PingTimeout = 120
                    PongTimeout = 20
                    [Options]
                    PAM = no
                    Ident = no
                    DNS = no
                    %s
                    """.formatted(port, dir.resolve("ngircd.pid"), extraGlobal, extraSections));
            process = new ProcessBuilder(EXECUTABLE.orElseThrow().toString(), "-n", "-f", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("ngircd.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start ngircd", e);
        }
        await("ngircd listening on " + port).atMost(Duration.ofSeconds(20)).until(this::listening);
    }

    /** Stops the server, closing every connection. */
    void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
        await("ngircd stopped listening on " + port).atMost(Duration.ofSeconds(20)).until(() -> !listening());
    }

    private boolean listening() {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
