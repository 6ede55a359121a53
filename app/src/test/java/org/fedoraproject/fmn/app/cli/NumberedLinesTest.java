package org.fedoraproject.fmn.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

class NumberedLinesTest {

    /** {@code /dev/zero}: zero bytes without end, counting how many were read. */
    private static final class Zeros extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) {
            java.util.Arrays.fill(bytes, offset, offset + length, (byte) 0);
            read += length;
            return length;
        }
    }

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> read(NumberedLines lines) {
        List<String> out = new ArrayList<>();
        for (NumberedLines.Line line : lines) {
            out.add(line.number() + (line.tooLong() ? " too long" : " " + new String(line.bytes(), StandardCharsets.UTF_8)));
        }
        return out;
    }

    @Test
    void linesAreNumberedFromOneWithOrWithoutAFinalNewline() {
        assertThat(read(new NumberedLines(text("a\n\nc")))).containsExactly("1 a", "2 ", "3 c");
        assertThat(read(new NumberedLines(text("a\n")))).containsExactly("1 a");
        assertThat(read(new NumberedLines(text("")))).isEmpty();
    }

    @Test
    void aLineOfExactlyTheLimitIsKept() {
        assertThat(read(new NumberedLines(text("abcd\nabcde\nok"), 4))).containsExactly("1 abcd", "2 too long", "3 ok");
    }

    @Test
    void aLineOverTheLimitIsHandedOutAtOnceAndTheRestOfItSkipped() {
        InputStream stream = new SequenceInputStream(new SequenceInputStream(text("first\n"),
                new java.io.ByteArrayInputStream(new byte[10 << 20])), text("\nlast\n"));

        assertThat(read(new NumberedLines(stream, 1024))).containsExactly("1 first", "2 too long", "3 last");
    }

    @Test
    void aStreamWithoutNewlinesIsReportedBeforeItEnds() {
        Zeros zeros = new Zeros();
        Iterator<NumberedLines.Line> lines = new NumberedLines(zeros, 1 << 20).iterator();

        NumberedLines.Line line = lines.next();

        assertThat(line.tooLong()).isTrue();
        assertThat(line.bytes()).isEmpty();
        assertThat(zeros.read).as("read just past the limit").isLessThan(2 << 20);
    }
}
