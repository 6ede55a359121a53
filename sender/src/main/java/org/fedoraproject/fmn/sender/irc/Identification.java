package org.fedoraproject.fmn.sender.irc;

/** How the bot proves it owns its nick's account. */
public enum Identification {
    /** Not at all: the nick is unregistered, or the network does not ask. */
    NONE,
    /** SASL PLAIN during connection registration (IRCv3), before the nick is visible to anyone. */
    SASL,
    /** {@code PRIVMSG NickServ :IDENTIFY <account> <password>} once connected. */
    NICKSERV,
    /** The server password ({@code PASS}), which some networks' services take as identification. */
    PASS
}
