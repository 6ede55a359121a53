package org.fedoraproject.fmn.app.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The commands' standard output: UTF-8, buffered, and able to say why a write failed.
 *
 * <p>{@link PrintWriter} turns a failed write into a flag ({@link #checkError()}) and drops
 * the exception, and {@code System.out} drops even the flag; so this writes to descriptor 1
 * itself and keeps the first failure's exception for the message ({@code No space left on
 * device}, {@code Broken pipe}).
 */
public final class StandardOutput extends PrintWriter {

    private final FailureKeeping stream;

    private StandardOutput(FailureKeeping stream) {
        super(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16));
        this.stream = stream;
    }

    /** Standard output itself. */
    public static StandardOutput create() {
        return of(new FileOutputStream(FileDescriptor.out));
    }

    /** Writing to that stream instead (tests give one that fails). */
    public static StandardOutput of(OutputStream stream) {
        return new StandardOutput(new FailureKeeping(stream));
    }

    /**
     * Why writing to {@code out} failed, or {@code null} when every write so far succeeded.
     * Flushes {@code out} first, so that a failure of what is still buffered shows.
     */
    static String failure(PrintWriter out) {
        if (!out.checkError()) {
            return null;
        }
        IOException first = out instanceof StandardOutput standard ? standard.stream.first : null;
        return first == null ? "write failed" : "write failed: " + IoReason.of(first);
    }

    /**
     * Stops the command when writing to {@code out} failed.
     *
     * @throws UnusableFile saying why, when a write failed
     */
    static void check(PrintWriter out) {
        String failure = failure(out);
        if (failure != null) {
            throw new UnusableFile("standard output: " + failure);
        }
    }

    /** A stream that remembers the first exception thrown through it. */
    private static final class FailureKeeping extends FilterOutputStream {
        private IOException first;

        FailureKeeping(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw kept(e);
            }
        }

        private IOException kept(IOException e) {
            if (first == null) {
                first = e;
            }
            return e;
        }
    }
}
