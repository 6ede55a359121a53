package org.fedoraproject.fmn.text;

import tools.jackson.databind.JsonNode;

/**
 * Input repeated in text for people — an error line, a log line — made safe to print.
 *
 * <p>Whoever writes a bus message, a rule or a file chooses its bytes, and a message that
 * quotes them prints them. Unescaped, a newline in an id writes a second, forged error line;
 * ESC and CR drive the reader's terminal; a bidirectional override makes a line read
 * differently from what it holds; a 50 MB field makes a 50 MB line. So control characters,
 * invisible formatting characters, line separators and lone surrogates are shown as escapes
 * ({@code \n}, {@code \r}, {@code \t}, else {@code \}{@code u001b} as in JSON), and a value
 * longer than its limit is cut, saying how much was left out: {@code xxxx…(49999800 more)}.
 * Everything else, backslashes included, is printed as it is, so ordinary text reads
 * unchanged.
 */
public final class Echo {

    /** How much of one value a message shows, in UTF-16 characters of the value. */
    public static final int VALUE_LIMIT = 200;

    /** How much of a whole message (which may quote several values) is shown. */
    public static final int MESSAGE_LIMIT = 1000;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Echo() {
    }

    /** The value escaped and cut at {@link #VALUE_LIMIT}; {@code null} is {@code "null"}. */
    public static String of(CharSequence value) {
        return of(value, VALUE_LIMIT);
    }

    /**
     * The value escaped and cut at {@code limit} characters of the value (its escapes may make
     * the result up to six times as long).
     */
    public static String of(CharSequence value, int limit) {
        if (value == null) {
            return "null";
        }
        int length = value.length();
        int cut = whole(value, Math.min(length, Math.max(limit, 0)));
        StringBuilder out = escape(value, 0, cut);
        if (cut < length) {
            out.append("…(").append(length - cut).append(" more)");
        }
        return out.toString();
    }

    /**
     * A JSON value as a message quotes it: a string, number, boolean or null as JSON writes
     * it (cut at {@link #VALUE_LIMIT}), a list or an object by its kind alone, since its
     * content may be any size.
     */
    public static String json(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isString()) {
            return "\"" + of(value.stringValue()) + "\"";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return of(value.toString());
    }

    /**
     * A whole message escaped and, when longer than {@link #MESSAGE_LIMIT}, cut in the middle:
     * a message written as "what, then what is wrong with it" keeps both ends, as in
     * {@code message xxxx…(4999000 more)…xxxx has no body}.
     */
    public static String message(CharSequence message) {
        if (message == null) {
            return "null";
        }
        int length = message.length();
        if (length <= MESSAGE_LIMIT) {
            return escape(message, 0, length).toString();
        }
        int head = whole(message, MESSAGE_LIMIT * 3 / 4);
        int tail = whole(message, length - MESSAGE_LIMIT / 4);
        return escape(message, 0, head).append("…(").append(tail - head).append(" more)…")
                .append(escape(message, tail, length)).toString();
    }

    /** {@code at}, or one less when a character's two halves would be cut apart there. */
    private static int whole(CharSequence text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }

    private static StringBuilder escape(CharSequence value, int start, int end) {
        StringBuilder out = new StringBuilder(end - start + 16);
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(value.charAt(i + 1))) {
                char low = value.charAt(++i);
                if (shown(Character.toCodePoint(c, low))) {
                    out.append(c).append(low);
                } else {
                    hex(out, c);
                    hex(out, low);
                }
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isSurrogate(c) || !shown(c)) {
                hex(out, c);
            } else {
                out.append(c);
            }
        }
        return out;
    }

    /** Whether a code point prints as itself: not a control, format or separator character. */
    private static boolean shown(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static void hex(StringBuilder out, char c) {
        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                .append(HEX[c & 0xf]);
    }
}
