package org.fedoraproject.fmn.sender.irc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a message into IRC lines no longer than a number of UTF-8 bytes: at line breaks (IRC
 * lines carry none), then at the last space that fits, and only inside a word longer than a
 * whole line, never inside a character. Control characters IRC cannot carry (NUL) are dropped;
 * blank lines are not sent.
 */
final class IrcLines {

    private IrcLines() {
    }

    static List<String> split(String message, int maxBytes) {
        if (maxBytes < 4) {
            throw new IllegalArgumentException("a line must hold at least one character (4 bytes), not " + maxBytes);
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : message.replace("\0", "").split("\r\n|\r|\n")) {
            String rest = paragraph.strip();
            while (!rest.isEmpty()) {
                int end = fittingEnd(rest, maxBytes);
                if (end < rest.length()) {
                    int space = rest.lastIndexOf(' ', end);
                    if (space > 0) {
                        end = space;
                    }
                }
                lines.add(rest.substring(0, end).stripTrailing());
                rest = rest.substring(end).stripLeading();
            }
        }
        return lines;
    }

    /** The end (char index) of the longest start of {@code text}, in whole code points, that fits. */
    private static int fittingEnd(String text, int maxBytes) {
        int bytes = 0;
        int index = 0;
        while (index < text.length()) {
            int codePoint = text.codePointAt(index);
            bytes += utf8Length(codePoint);
            if (bytes > maxBytes) {
                break;
            }
            index += Character.charCount(codePoint);
        }
        return index;
    }

    static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        if (codePoint < 0x10000) {
            // A lone surrogate is written as '?' by the encoder: one byte, counted as three to be safe.
            return 3;
        }
        return 4;
    }

    static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
