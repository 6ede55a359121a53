package org.fedoraproject.fmn.rule;

/** How a notification reaches a person; the name is the send queue's routing key suffix. */
public enum Protocol {
    EMAIL("email"),
    IRC("irc"),
    MATRIX("matrix");

    private final String key;

    Protocol(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Protocol ofKey(String key) {
        for (Protocol protocol : values()) {
            if (protocol.key.equals(key)) {
                return protocol;
            }
        }
        return null;
    }
}
