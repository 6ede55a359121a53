package org.fedoraproject.fmn.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Standard input, for a command told to read {@code -}; refused when it was closed. */
final class StandardInput {

    /** What {@code ./fmn} sets, as {@code -Dfmn.stdin=closed}, when it found descriptor 0 closed. */
    static final String PROPERTY = "fmn.stdin";

    private StandardInput() {
    }

    static InputStream open() {
        if (closed()) {
            throw new UnusableFile("standard input is closed");
        }
        return System.in;
    }

    /**
     * Whether descriptor 0 was closed when the JVM started. The JVM does not say, and it does
     * not leave 0 free either: the first file it opens, its runtime image {@code lib/modules},
     * gets it. So, when not told by {@code ./fmn}, this asks whether descriptor 0 is that file.
     */
    private static boolean closed() {
        if ("closed".equals(System.getProperty(PROPERTY))) {
            return true;
        }
        Path runtimeImage = Path.of(System.getProperty("java.home"), "lib", "modules");
        try {
            return Files.isSameFile(Path.of("/dev/fd/0"), runtimeImage);
        } catch (IOException | RuntimeException e) {
            return false; // no /dev/fd (or no runtime image): nothing to compare with
        }
    }
}
