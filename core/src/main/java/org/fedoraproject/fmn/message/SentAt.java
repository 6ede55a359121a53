package org.fedoraproject.fmn.message;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a message's {@code sent-at} header, an ISO 8601 date-time with offset, exactly as
 * {@link OffsetDateTime#parse} does. Every message carries one and the general parser is
 * slow enough to show in a profile of the consumer, so the shape publishers write (Python's
 * {@code isoformat()}: {@code 2024-05-24T09:13:41.123456+00:00}, fraction optional, or
 * {@code Z}) is read by hand; anything else goes to the general parser.
 */
final class SentAt {

    private SentAt() {
    }

    /** The date-time, or empty when the text is no ISO date-time with offset. */
    static Optional<OffsetDateTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        OffsetDateTime common = parseCommonShape(text);
        if (common != null) {
            return Optional.of(common);
        }
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)}; {@code null} for any other text or an invalid value. */
    static OffsetDateTime parseCommonShape(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int at = 19;
        int nano = 0;
        if (text.charAt(at) == '.') {
            int start = ++at;
            while (at < length && at - start < 9 && isDigit(text.charAt(at))) {
                nano = nano * 10 + text.charAt(at++) - '0';
            }
            if (at == start || at < length && isDigit(text.charAt(at))) {
                return null;
            }
            for (int scale = at - start; scale < 9; scale++) {
                nano *= 10;
            }
        }
        ZoneOffset offset = offset(text, at);
        if (offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
        } catch (DateTimeException e) {
            return null; // out of range (February 30th, hour 24...): the general parser says so
        }
    }

    private static ZoneOffset offset(String text, int at) {
        int rest = text.length() - at;
        if (rest == 1 && text.charAt(at) == 'Z') {
            return ZoneOffset.UTC;
        }
        char sign = rest == 6 ? text.charAt(at) : 0;
        if ((sign != '+' && sign != '-') || text.charAt(at + 3) != ':') {
            return null;
        }
        int hours = digits(text, at + 1, 2);
        int minutes = digits(text, at + 4, 2);
        if ((hours | minutes) < 0 || hours > 18 || minutes > 59) {
            return null;
        }
        try {
            return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number written by {@code count} ASCII digits from {@code from}; -1 if any is not one. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
