package org.fedoraproject.fmn.sender.irc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * An IRC server that offers SASL PLAIN (IRCv3 capability negotiation, {@code AUTHENTICATE},
 * numerics 903 and 904) for one account, as networks with services do; ngircd has no SASL. It
 * welcomes a client only after the negotiation ended, and records the credentials offered.
 */
final class SaslServerDouble implements AutoCloseable {

    private final ServerSocket socket;
    private final String account;
    private final String password;
    private final List<String> offered = new ArrayList<>();
    private int welcomed;

    SaslServerDouble(String account, String password) {
        this.account = account;
        this.password = password;
        try {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "sasl-server-double");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI url() {
        return URI.create("irc://127.0.0.1:" + socket.getLocalPort());
    }

    /** The SASL PLAIN credentials offered, as {@code authzid/authcid/password}. */
    synchronized List<String> offered() {
        return List.copyOf(offered);
    }

    synchronized int welcomed() {
        return welcomed;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread session = new Thread(() -> serve(client), "sasl-server-double-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
            OutputStream out = client.getOutputStream();
            String nick = "*";
            boolean negotiating = false;
            boolean user = false;
            String line;
            while ((line = in.readLine()) != null) {
                String[] words = line.split(" ");
                switch (words[0]) {
                    case "CAP" -> {
                        if (words[1].equals("LS")) {
                            negotiating = true;
                            send(out, ":sasl.test CAP * LS :sasl");
                        } else if (words[1].equals("REQ")) {
                            send(out, ":sasl.test CAP * ACK :sasl");
                        } else if (words[1].equals("END")) {
                            negotiating = false;
                        }
                    }
                    case "AUTHENTICATE" -> {
                        if (words[1].equals("PLAIN")) {
                            send(out, "AUTHENTICATE +");
                        } else {
                            String[] parts = new String(Base64.getDecoder().decode(words[1]), StandardCharsets.UTF_8).split("\0", -1);
                            synchronized (this) {
                                offered.add(String.join("/", parts));
                            }
                            boolean right = parts.length == 3 && parts[1].equals(account) && parts[2].equals(password);
                            send(out, right
                                    ? ":sasl.test 900 " + nick + " " + nick + "!u@h " + account + " :You are now logged in"
                                    : ":sasl.test 904 " + nick + " :SASL authentication failed");
                            if (right) {
                                send(out, ":sasl.test 903 " + nick + " :SASL authentication successful");
                            }
                        }
                    }
                    case "NICK" -> nick = words[1];
                    case "USER" -> user = true;
                    case "PING" -> send(out, ":sasl.test PONG sasl.test " + words[1]);
                    case "QUIT" -> {
                        return;
                    }
                    default -> {
                    }
                }
                if (!negotiating && user && !"*".equals(nick) && words[0].matches("CAP|USER|NICK")) {
                    synchronized (this) {
                        welcomed++;
                    }
                    send(out, ":sasl.test 001 " + nick + " :Welcome");
                    send(out, ":sasl.test 002 " + nick + " :Your host is sasl.test");
                    send(out, ":sasl.test 003 " + nick + " :This server was created today");
                    send(out, ":sasl.test 004 " + nick + " sasl.test double-1 i o");
                    user = false;
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void send(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
