package org.fedoraproject.fmn.sender.irc;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A person on IRC, for tests: a plain socket that registers a nick and keeps every line the
 * server sends, answering its PINGs.
 */
final class IrcTestClient implements AutoCloseable {

    /** A private message received: who sent it, the text, and the whole line as received. */
    record Received(String from, String text, String rawLine) {
    }

    private final String nick;
    private final Socket socket;
    private final OutputStream out;
    private final List<Received> messages = new ArrayList<>();
    private volatile boolean registered;

    private IrcTestClient(String nick, int port) throws IOException {
        this.nick = nick;
        this.socket = new Socket(InetAddress.getLoopbackAddress(), port);
        this.out = socket.getOutputStream();
        Thread reader = new Thread(this::read, "irc-test-client-" + nick);
        reader.setDaemon(true);
        reader.start();
        send("NICK " + nick);
        send("USER " + nick + " 0 * :FMN test user");
    }

    /** Connects as {@code nick} and waits until the server welcomed it. */
    static IrcTestClient connect(String nick, int port) {
        try {
            IrcTestClient client = new IrcTestClient(nick, port);
            await(nick + " registered").atMost(Duration.ofSeconds(20)).until(() -> client.registered);
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String nick() {
        return nick;
    }

    synchronized List<Received> messages() {
        return List.copyOf(messages);
    }

    synchronized List<String> texts() {
        return messages.stream().map(Received::text).toList();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("PING ")) {
                    send("PONG " + line.substring(5));
                    continue;
                }
                String[] parts = line.split(" ", 4);
                if (parts.length >= 2 && parts[1].equals("001")) {
                    registered = true;
                }
                if (parts.length == 4 && parts[1].equals("PRIVMSG") && parts[2].equals(nick)) {
                    String from = parts[0].substring(1).split("!", 2)[0];
                    String text = parts[3].startsWith(":") ? parts[3].substring(1) : parts[3];
                    synchronized (this) {
                        messages.add(new Received(from, text, line));
                    }
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    private synchronized void send(String line) {
        try {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
