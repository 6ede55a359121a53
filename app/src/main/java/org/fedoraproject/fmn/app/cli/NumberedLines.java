package org.fedoraproject.fmn.app.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The lines of a stream as raw bytes with their 1-based numbers, so that each line is decoded
 * (and rejected, if it is not UTF-8) on its own while the rest of the file goes on.
 */
public final class NumberedLines implements Iterable<NumberedLines.Line> {

    /** One line without its terminator. */
    public record Line(int number, byte[] bytes) {
        public boolean isBlank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;

    public NumberedLines(InputStream in) {
        this.in = new BufferedInputStream(in, 1 << 16);
    }

    @Override
    public Iterator<Line> iterator() {
        return new Iterator<>() {
            private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
            private int number;
            private Line next = read();

            private Line read() {
                try {
                    buffer.reset();
                    int b = in.read();
                    if (b < 0) {
                        return null;
                    }
                    while (b >= 0 && b != '\n') {
                        buffer.write(b);
                        b = in.read();
                    }
                    return new Line(++number, buffer.toByteArray());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Line next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Line current = next;
                next = read();
                return current;
            }
        };
    }
}
