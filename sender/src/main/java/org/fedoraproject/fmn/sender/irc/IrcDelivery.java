package org.fedoraproject.fmn.sender.irc;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.fedoraproject.fmn.notification.NotificationContent;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.Delivery;
import org.fedoraproject.fmn.sender.DeliveryFailure;
import org.fedoraproject.fmn.sender.OutgoingNotification;
import org.fedoraproject.fmn.sender.chat.ChatContent;

/**
 * Delivers IRC notifications as private messages ({@code PRIVMSG}) to the recipient's nick,
 * over one {@link IrcConnection}. A message longer than an IRC line is sent as several lines,
 * cut at spaces ({@link IrcLines}); lines go out at the configured rate ({@link TokenBucket}).
 * It returns once every line was written. IRC tells nothing of delivery: a nick that is not
 * online does not get the message, as with FMN before.
 */
public final class IrcDelivery implements Delivery {

    /** IRC's longest line, in bytes, with the sender's prefix and the final CR LF (RFC 1459, 2812). */
    static final int MAX_LINE_BYTES = 512;

    /**
     * What the server puts before our line when passing it on, {@code :nick!user@host }, is
     * counted at its longest: the server may show a longer user and host than ours.
     */
    private static final int USER_BYTES = 10;
    private static final int HOST_BYTES = 63;

    /** A nick (RFC 2812, without its length limit, which servers set higher). */
    private static final Pattern NICK = Pattern.compile("[A-Za-z\\[\\]\\\\`_^{|}][A-Za-z0-9\\[\\]\\\\`_^{|}-]*");

    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

    private final IrcProperties settings;
    private final IrcConnection connection;
    private final TokenBucket rate;

    IrcDelivery(IrcProperties settings, IrcConnection connection, TokenBucket rate) {
        this.settings = settings;
        this.connection = connection;
        this.rate = rate;
    }

    /** A delivery over a new connection, opened on its first notification. */
    public static IrcDelivery connect(IrcProperties settings) {
        return new IrcDelivery(settings, new IrcConnection(settings), TokenBucket.real(settings.rate(), settings.burst()));
    }

    @Override
    public Protocol protocol() {
        return Protocol.IRC;
    }

    @Override
    public void deliver(OutgoingNotification notification) throws DeliveryFailure {
        NotificationContent.Chat chat = ChatContent.of(notification);
        String nick = chat.to();
        if (nick == null || !NICK.matcher(nick).matches()) {
            throw DeliveryFailure.permanent("not an IRC nick: \"" + nick + "\"", null);
        }
        String command = "PRIVMSG " + nick + " :";
        List<String> lines = IrcLines.split(chat.message(), textBytes(command));
        try {
            connection.awaitReady(settings.connectTimeout());
            for (String line : lines) {
                rate.take();
                connection.send(command + line, WRITE_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryFailure.temporary("interrupted while sending to IRC", e);
        }
    }

    /** The bytes left for text in a line that starts with {@code command}. */
    private int textBytes(String command) {
        int prefix = 1 + IrcLines.bytes(settings.nick()) + 1 + USER_BYTES + 1 + HOST_BYTES + 1;
        return MAX_LINE_BYTES - prefix - IrcLines.bytes(command) - 2;
    }

    /** Whether the connection is open and registered, for health. */
    public boolean connected() {
        return connection.ready();
    }

    /** How many times the connection was made: more than 1 after reconnections. */
    public long connectionsMade() {
        return connection.connectionsMade();
    }

    /** Quits the server, letting the nick go to a standby instance. */
    @Override
    public void close() {
        connection.close();
    }
}
