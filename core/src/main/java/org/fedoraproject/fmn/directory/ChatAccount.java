package org.fedoraproject.fmn.directory;

import java.util.Objects;

import org.fedoraproject.fmn.rule.Protocol;

/**
 * A chat account a person listed in the account system, as FMN offers it as a destination:
 * an IRC nick, or a Matrix user id {@code @nick:server}.
 */
public record ChatAccount(Protocol protocol, String address) {

    /** Matrix accounts that name no server are on Fedora's homeserver. */
    public static final String DEFAULT_MATRIX_SERVER = "fedora.im";

    public ChatAccount {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(address, "address");
    }

    /**
     * Reads an account as FASJSON stores it: {@code irc:/nick}, {@code irc://server/nick},
     * {@code matrix:/nick}, {@code matrix://server/nick}, or a bare nick (IRC).
     *
     * @return the account, or {@code null} when the value names a scheme FMN cannot send to
     */
    public static ChatAccount parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int colon = value.indexOf(':');
        if (colon < 0) {
            return new ChatAccount(Protocol.IRC, value);
        }
        String scheme = value.substring(0, colon);
        String rest = value.substring(colon + 1);
        String server = null;
        String nick;
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            if (slash < 0) {
                return null;
            }
            server = rest.substring(2, slash);
            nick = rest.substring(slash + 1);
        } else {
            nick = rest.startsWith("/") ? rest.substring(1) : rest;
        }
        if (nick.isEmpty()) {
            return null;
        }
        return switch (scheme) {
            case "irc" -> new ChatAccount(Protocol.IRC, nick);
            case "matrix" -> new ChatAccount(Protocol.MATRIX,
                    "@" + nick + ":" + (server == null || server.isEmpty() ? DEFAULT_MATRIX_SERVER : server));
            default -> null;
        };
    }
}
