package org.fedoraproject.fmn.sender.irc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How FMN reaches IRC. Set {@code server} to send IRC notifications over IRC; unset, they go
 * to the embedded default's chat log.
 *
 * @param server the IRC server, {@code ircs://irc.libera.chat:6697} (TLS) or {@code irc://host:6667}
 *        (plain); the port defaults to 6697 and 6667
 * @param nick the bot's nick, which every FMN instance sharing this server uses: one is connected,
 *        the others stand by
 * @param account the account to identify as (default: the nick)
 * @param password the account's password (or FMN_SENDER_IRC_PASSWORD)
 * @param passwordFile a file holding the account's password instead
 * @param identify how to identify: sasl (default when a password is set), nickserv, pass (the
 *        server password) or none
 * @param tlsCa a PEM file of the certificate authorities to trust for TLS instead of the system's
 * @param realName the bot's real name, shown by WHOIS
 * @param rate lines sent per second once the burst is spent; under the server's flood limit
 * @param burst lines sent at once before the rate applies
 * @param connectTimeout how long a notification waits for the connection before it is tried again later
 * @param reconnectMin the first wait before reconnecting; it doubles with each failed try
 * @param reconnectMax the longest wait before reconnecting
 */
@ConfigurationProperties("fmn.sender.irc")
public record IrcProperties(
        URI server,
        @DefaultValue("fmn") String nick,
        String account,
        String password,
        Path passwordFile,
        Identification identify,
        Path tlsCa,
        @DefaultValue("Fedora Notifications") String realName,
        @DefaultValue("1.0") double rate,
        @DefaultValue("4") int burst,
        @DefaultValue("30s") Duration connectTimeout,
        @DefaultValue("1s") Duration reconnectMin,
        @DefaultValue("5m") Duration reconnectMax) {

    public IrcProperties {
        if (password != null && !password.isEmpty() && passwordFile != null) {
            throw new IllegalArgumentException("fmn.sender.irc: set password or password-file, not both");
        }
        if (server != null && !server.toString().isBlank() && !"irc".equals(server.getScheme())
                && !"ircs".equals(server.getScheme())) {
            throw new IllegalArgumentException("fmn.sender.irc.server must be an irc:// or ircs:// URL, not " + server);
        }
    }

    /** Settings for a server with everything else at its default. */
    public static IrcProperties of(URI server, String nick) {
        return new IrcProperties(server, nick, null, null, null, null, null, "Fedora Notifications", 1.0, 4,
                Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofMinutes(5));
    }

    public boolean tls() {
        return "ircs".equals(server.getScheme());
    }

    public String host() {
        return server.getHost();
    }

    public int port() {
        return server.getPort() > 0 ? server.getPort() : tls() ? 6697 : 6667;
    }

    /** The account name to identify as. */
    public String accountName() {
        return account == null || account.isBlank() ? nick : account;
    }

    /** The password, from the value or the file; {@code null} when none is set. */
    public String resolvedPassword() {
        if (passwordFile != null) {
            try {
                return Files.readString(passwordFile).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read fmn.sender.irc.password-file " + passwordFile, e);
            }
        }
        return password == null || password.isEmpty() ? null : password;
    }

    /** How to identify: as set, else SASL with a password and nothing without. */
    public Identification identification() {
        if (identify != null) {
            return identify;
        }
        return password != null && !password.isEmpty() || passwordFile != null ? Identification.SASL : Identification.NONE;
    }

    public IrcProperties withIdentification(Identification how, String secret) {
        return new IrcProperties(server, nick, account, secret, null, how, tlsCa, realName, rate, burst, connectTimeout,
                reconnectMin, reconnectMax);
    }

    public IrcProperties withRate(double perSecond, int lines) {
        return new IrcProperties(server, nick, account, password, passwordFile, identify, tlsCa, realName, perSecond, lines,
                connectTimeout, reconnectMin, reconnectMax);
    }

    public IrcProperties withTimes(Duration connect, Duration firstReconnect, Duration longestReconnect) {
        return new IrcProperties(server, nick, account, password, passwordFile, identify, tlsCa, realName, rate, burst,
                connect, firstReconnect, longestReconnect);
    }

    public IrcProperties withTlsCa(Path caFile) {
        return new IrcProperties(server, nick, account, password, passwordFile, identify, caFile, realName, rate, burst,
                connectTimeout, reconnectMin, reconnectMax);
    }

    @Override
    public String toString() {
        return "IRC " + server + " as " + nick + " (identify " + identification().name().toLowerCase(Locale.ROOT)
                + ", password <secret>, " + rate + " lines/s after " + burst + ")";
    }
}
