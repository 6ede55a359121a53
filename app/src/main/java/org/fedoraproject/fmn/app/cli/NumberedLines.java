package org.fedoraproject.fmn.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The lines of a stream as raw bytes with their 1-based numbers, so that each line is decoded
 * (and rejected, if it is not UTF-8) on its own while the rest of the file goes on.
 *
 * <p>A line holds at most {@link #LIMIT} bytes. A longer one is handed out as soon as it
 * passes the limit, {@linkplain Line#tooLong() marked} and without its bytes, and the rest of
 * it is skipped without being kept: a stream with no newline ({@code /dev/zero}) costs no
 * memory. Lines are read one at a time, when asked for.
 */
public final class NumberedLines implements Iterable<NumberedLines.Line> {

    /** The longest line, in bytes (16 MiB): far above any bus message, far below the heap. */
    public static final int LIMIT = 16 << 20;

    /**
     * One line without its terminator.
     *
     * @param bytes the line, or nothing when it is {@linkplain #tooLong() too long}
     * @param tooLong whether the line passed the limit (its bytes were dropped)
     */
    public record Line(long number, byte[] bytes, boolean tooLong) {
        public boolean isBlank() {
            if (tooLong) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final int limit;

    public NumberedLines(InputStream in) {
        this(in, LIMIT);
    }

    NumberedLines(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    @Override
    public Iterator<Line> iterator() {
        return new Reader();
    }

    private final class Reader implements Iterator<Line> {
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int end;
        private byte[] line = new byte[4096];
        private long number;
        /** The last line handed out was too long and the rest of it is still to be skipped. */
        private boolean skipping;
        private Line next;

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = read();
            }
            return next != null;
        }

        @Override
        public Line next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Line current = next;
            next = null;
            return current;
        }

        private Line read() {
            try {
                if (skipping) {
                    skipping = false;
                    if (!skipRestOfLine()) {
                        return null;
                    }
                }
                int length = 0;
                boolean started = false;
                while (position < end || fill()) {
                    started = true;
                    int newline = indexOfNewline();
                    int stop = newline < 0 ? end : newline;
                    int chunk = stop - position;
                    if (chunk > limit - length) {
                        position = newline < 0 ? end : newline + 1;
                        skipping = newline < 0;
                        return new Line(++number, new byte[0], true);
                    }
                    if (length + chunk > line.length) {
                        line = Arrays.copyOf(line, (int) Math.min(limit, Math.max(2L * line.length, length + chunk)));
                    }
                    System.arraycopy(buffer, position, line, length, chunk);
                    length += chunk;
                    if (newline >= 0) {
                        position = newline + 1;
                        return new Line(++number, Arrays.copyOf(line, length), false);
                    }
                    position = end;
                }
                return started ? new Line(++number, Arrays.copyOf(line, length), false) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Skips to just after the next newline; false when the stream ended first. */
        private boolean skipRestOfLine() throws IOException {
            while (position < end || fill()) {
                int newline = indexOfNewline();
                if (newline >= 0) {
                    position = newline + 1;
                    return true;
                }
                position = end;
            }
            return false;
        }

        private int indexOfNewline() {
            for (int i = position; i < end; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        /** Reads more of the stream into the empty buffer; false at its end. */
        private boolean fill() throws IOException {
            int read = in.read(buffer, 0, buffer.length);
            while (read == 0) {
                read = in.read(buffer, 0, buffer.length);
            }
            position = 0;
            end = Math.max(read, 0);
            return read > 0;
        }
    }
}
