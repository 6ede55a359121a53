package org.fedoraproject.fmn.sender.chatlog;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.fedoraproject.fmn.rule.Protocol;

/**
 * A text file of chat messages, one line each: {@code <ISO time> <protocol> <address> <text>},
 * e.g. {@code 2026-12-02T01:10:22Z irc alice [rawhide] firefox-120.0-1.fc40 built}. A line break
 * or tab in the text is written as {@code \n}, {@code \r} or {@code \t} (and a backslash as
 * {@code \\}), so one message is always one line and {@code tail -f} shows each as it is sent.
 * Each line is flushed as it is written. Thread-safe; the file is created with its directory.
 */
public final class ChatLog implements AutoCloseable {

    /** The file's name in the data directory. */
    public static final String FILE_NAME = "chat.log";

    private final Path file;
    private final Clock clock;
    private BufferedWriter writer;

    public ChatLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** Appends one message and flushes it to the file. */
    public synchronized void write(Protocol protocol, String address, String text) throws IOException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        BufferedWriter out = writer();
        out.write(now + " " + protocol.key() + " " + escaped(address) + " " + escaped(text));
        out.newLine();
        out.flush();
    }

    private BufferedWriter writer() throws IOException {
        if (writer == null) {
            Path directory = file.toAbsolutePath().getParent();
            if (directory != null) {
                Files.createDirectories(directory);
            }
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        }
        return writer;
    }

    /** The text with backslashes, line breaks and tabs written as escapes, on one line. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // Other line separators would split the line for some readers too.
                case '\u000B', '\u000C', '\u0085', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
