package org.fedoraproject.fmn.message;

import java.util.Locale;

/**
 * Finds lone surrogates in text: half of a UTF-16 surrogate pair without its other half.
 * JSON can escape one ({@code "x\ud800"}) and Java strings hold it, but no UTF-8 text can:
 * written out it becomes {@code ?}, so {@code "x\ud800"} and {@code "x\udc00"} would print as
 * one id. FMN refuses such text where a string identifies something (message ids and topics,
 * everything in a rule); elsewhere in a message it is carried as it came.
 */
public final class LoneSurrogates {

    private LoneSurrogates() {
    }

    /** The index of the first lone surrogate in {@code text}, or -1 when it has none. */
    static int find(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * What is wrong with {@code text}, for an error message, or {@code null} when it has no lone
     * surrogate: {@code "x\ud800" is not valid Unicode: it holds a lone surrogate (\ud800)},
     * each lone surrogate written as its JSON escape so that the message itself can be printed.
     */
    public static String problem(String text) {
        int first = find(text);
        if (first < 0) {
            return null;
        }
        return "\"" + escaped(text) + "\" is not valid Unicode: it holds a lone surrogate ("
                + escape(text.charAt(first)) + ")";
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 10);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                out.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(escape(c));
            }
        }
        return out.toString();
    }

    private static String escape(char c) {
        return String.format(Locale.ROOT, "\\u%04x", (int) c);
    }
}
