package org.fedoraproject.fmn.sender.irc;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.fedoraproject.fmn.sender.DeliveryFailure;
import org.kitteh.irc.client.library.Client;
import org.kitteh.irc.client.library.defaults.listener.DefaultListeners;
import org.kitteh.irc.client.library.event.client.ClientNegotiationCompleteEvent;
import org.kitteh.irc.client.library.event.client.ClientReceiveNumericEvent;
import org.kitteh.irc.client.library.event.connection.ClientConnectionEndedEvent;
import org.kitteh.irc.client.library.event.connection.ClientConnectionEstablishedEvent;
import org.kitteh.irc.client.library.feature.EventListenerSupplier;
import org.kitteh.irc.client.library.feature.auth.NickServ;
import org.kitteh.irc.client.library.feature.auth.SaslPlain;
import org.kitteh.irc.client.library.feature.filter.NumericFilter;

import net.engio.mbassy.listener.Handler;

/**
 * One connection to the IRC server under the bot's nick, opened on first use and kept open:
 * re-opened after the growing waits of {@link ReconnectDelays} whenever it drops, the server
 * refuses the nick (another instance holds it) or identification fails. It is ready once the
 * server accepted the registration. Lines are written in the order sent. {@link #close()} quits
 * and lets the nick go, so that a standby instance can take it; a closed connection does not
 * come back.
 */
final class IrcConnection implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(IrcConnection.class.getName());

    static final String QUIT_MESSAGE = "FMN is shutting down";

    private final IrcProperties settings;
    private final Client client;
    private final ReconnectDelays delays;
    private final WrittenLines written = new WrittenLines();
    private final Object state = new Object();
    private boolean started;
    private boolean ready;
    private boolean closed;
    private String problem = "not connected yet";
    /** Why FMN itself ended the connection being closed, which says more than its end does. */
    private String endedBecause;
    /** FMN is ending the current connection: a welcome still being read from it does not make it ready. */
    private boolean ending;
    private long connectionsMade;

    IrcConnection(IrcProperties settings) {
        this.settings = settings;
        this.delays = new ReconnectDelays(settings.reconnectMin(), settings.reconnectMax());
        String password = settings.resolvedPassword();
        Identification identification = settings.identification();
        if (identification != Identification.NONE && password == null) {
            throw new IllegalArgumentException("fmn.sender.irc.identify is " + identification + " but no password is set");
        }
        Client.Builder builder = Client.builder()
                .name("fmn-irc")
                .nick(settings.nick())
                .user(settings.nick())
                .realName(settings.realName());
        Client.Builder.Server server = builder.server()
                .host(settings.host())
                .port(settings.port(), settings.tls()
                        ? Client.Builder.Server.SecurityType.SECURE
                        : Client.Builder.Server.SecurityType.INSECURE);
        if (settings.tls() && settings.tlsCa() != null) {
            server.secureTrustManagerFactory(TrustedAuthorities.fromPem(settings.tlsCa()));
        }
        if (identification == Identification.PASS) {
            server.password(password);
        }
        builder.listeners()
                .output(written::wrote)
                .exception(e -> LOG.log(Level.DEBUG, () -> "IRC client: " + e, e));
        builder.management()
                .messageSendingQueueSupplier(client -> new PassThroughQueue())
                .eventListeners(defaultListenersButNickRejection());
        this.client = builder.build();
        client.getEventManager().registerEventListener(new Events());
        if (identification == Identification.SASL) {
            client.getAuthManager().addProtocol(new SaslPlain(client, settings.accountName(), password));
        } else if (identification == Identification.NICKSERV) {
            client.getAuthManager().addProtocol(
                    NickServ.builder(client).account(settings.accountName()).password(password).build());
        }
    }

    /**
     * The library's own listeners, but for the one that picks another nick when ours is taken:
     * every instance must use the configured nick, so a standby waits for it instead.
     */
    private static List<EventListenerSupplier> defaultListenersButNickRejection() {
        List<EventListenerSupplier> listeners = new ArrayList<>(EnumSet.allOf(DefaultListeners.class));
        listeners.remove(DefaultListeners.NICK_REJECTED);
        return listeners;
    }

    /**
     * Waits until the connection is ready, opening it when this is its first use.
     *
     * @throws DeliveryFailure temporary, when it is not ready within {@code timeout} or closed
     */
    void awaitReady(Duration timeout) throws DeliveryFailure, InterruptedException {
        synchronized (state) {
            if (closed) {
                throw DeliveryFailure.temporary("the IRC connection is closed (FMN is shutting down)", null);
            }
            if (!started) {
                started = true;
                LOG.log(Level.INFO, () -> "Connecting to " + settings);
                client.connect();
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!ready) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || closed) {
                    throw DeliveryFailure.temporary("not connected to the IRC server " + settings.host() + ":"
                            + settings.port() + " as " + settings.nick() + ": " + problem, null);
                }
                TimeUnit.NANOSECONDS.timedWait(state, left);
            }
        }
    }

    /**
     * Sends a raw line and waits until it was written to the connection.
     *
     * @throws DeliveryFailure temporary, when the connection ended first or the line was not
     *         written within {@code timeout}
     */
    void send(String line, Duration timeout) throws DeliveryFailure, InterruptedException {
        CompletableFuture<Void> done = written.expect(line);
        client.sendRawLine(line);
        try {
            done.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw DeliveryFailure.temporary("the IRC connection ended before the message was written: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            written.forget(done);
            throw DeliveryFailure.temporary("the IRC connection did not write the message within " + timeout, e);
        }
    }

    /** Whether the server accepted the registration and the connection is open. */
    boolean ready() {
        synchronized (state) {
            return ready;
        }
    }

    /** How many times the server accepted a registration: 1 for a connection that never dropped. */
    long connectionsMade() {
        synchronized (state) {
            return connectionsMade;
        }
    }

    /** Quits, letting the nick go. */
    @Override
    public void close() {
        synchronized (state) {
            if (closed) {
                return;
            }
            closed = true;
            ready = false;
            state.notifyAll();
        }
        written.failAll("FMN is shutting down");
        client.shutdown(QUIT_MESSAGE);
    }

    private void becameReady() {
        synchronized (state) {
            if (ending) {
                return;
            }
            ready = !closed;
            problem = null;
            connectionsMade++;
            state.notifyAll();
        }
        delays.reset();
        LOG.log(Level.INFO, () -> "Connected to " + settings.host() + ":" + settings.port() + " as " + client.getNick());
    }

    private void lost(String why) {
        synchronized (state) {
            ready = false;
            problem = why;
            state.notifyAll();
        }
        written.failAll(why);
    }

    private void endAndReconnect(String why, String quitMessage) {
        synchronized (state) {
            endedBecause = why;
            ending = true;
        }
        lost(why);
        client.reconnect(quitMessage);
    }

    /** What the library tells: handlers must be public for its event bus. */
    public final class Events {

        @Handler
        public void established(ClientConnectionEstablishedEvent event) {
            boolean shutDown;
            synchronized (state) {
                shutDown = closed;
                ending = false;
            }
            if (shutDown) {
                // A reconnection scheduled before close() ran after it: quit again at once, so
                // that the nick stays free for the standby.
                client.shutdown(QUIT_MESSAGE);
            }
        }

        @Handler
        public void negotiated(ClientNegotiationCompleteEvent event) {
            becameReady();
        }

        @Handler
        public void ended(ClientConnectionEndedEvent event) {
            String why;
            synchronized (state) {
                why = endedBecause != null ? endedBecause
                        : event.getCause().map(Throwable::toString).orElse("the server closed the connection");
                endedBecause = null;
            }
            lost(why);
            boolean again;
            synchronized (state) {
                again = !closed;
            }
            event.setAttemptReconnect(again);
            if (again) {
                Duration wait = delays.next();
                event.setReconnectionDelay((int) Math.min(Integer.MAX_VALUE, wait.toMillis()));
                LOG.log(Level.WARNING, () -> "IRC connection to " + settings.host() + ":" + settings.port() + " lost ("
                        + why + "); reconnecting in " + wait);
            }
        }

        @NumericFilter(431)
        @NumericFilter(432)
        @NumericFilter(433)
        @NumericFilter(436)
        @Handler
        public void nickRefused(ClientReceiveNumericEvent event) {
            String why = "the server refused the nick " + settings.nick() + " (" + event.getParameters() + ");"
                    + " another instance may hold it";
            endAndReconnect(why, "nick refused");
        }

        @NumericFilter(902)
        @NumericFilter(904)
        @NumericFilter(905)
        @NumericFilter(906)
        @NumericFilter(908)
        @Handler
        public void saslFailed(ClientReceiveNumericEvent event) {
            String why = "SASL identification as " + settings.accountName() + " failed (" + event.getParameters() + ")";
            LOG.log(Level.WARNING, why);
            endAndReconnect(why, "identification failed");
        }

        @NumericFilter(401)
        @NumericFilter(404)
        @NumericFilter(407)
        @NumericFilter(411)
        @NumericFilter(412)
        @Handler
        public void notDelivered(ClientReceiveNumericEvent event) {
            // IRC has no delivery receipts: a message to a nick that is not online is lost,
            // and the server says so only afterwards. It is logged for the operators.
            LOG.log(Level.INFO, () -> "The IRC server did not pass a message on: " + event.getParameters());
        }
    }
}
