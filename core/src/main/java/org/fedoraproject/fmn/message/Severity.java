package org.fedoraproject.fmn.message;

import java.util.Locale;

/**
 * The four severities of fedora-messaging, with the numbers carried in the
 * {@code fedora_messaging_severity} header and the names FMN's rule filters use.
 */
public enum Severity {
    DEBUG(10),
    INFO(20),
    WARNING(30),
    ERROR(40);

    private final int level;

    Severity(int level) {
        this.level = level;
    }

    /** The number on the wire. */
    public int level() {
        return level;
    }

    /** The lower-case name FMN's filters use ({@code debug}, {@code info}, ...). */
    public String filterName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity of a wire level, or {@code null} if the number is not one of the four. */
    public static Severity ofLevel(long level) {
        for (Severity severity : values()) {
            if (severity.level == level) {
                return severity;
            }
        }
        return null;
    }

    /** The severity a filter name stands for, or {@code null} for an unknown name. */
    public static Severity ofFilterName(String name) {
        for (Severity severity : values()) {
            if (severity.filterName().equals(name)) {
                return severity;
            }
        }
        return null;
    }
}
