package org.fedoraproject.fmn.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a command writes its result: a file, or standard output for {@code -}.
 *
 * <p>The file is opened when the command starts, so that a folder, a missing folder or a
 * missing permission stops it before any work. It is emptied only when the result is written:
 * until then it keeps what it held, which lets it also be one of the inputs. A write that
 * fails after that ({@code /dev/full}, a full disk) stops the command naming the file.
 */
final class OutputFile implements AutoCloseable {

    private final String name;
    /** The open file, or {@code null} for standard output. */
    private final FileChannel channel;
    /** Whether the file is a regular file (a device or a pipe has nothing to empty). */
    private final boolean regular;
    private final PrintWriter stdout;

    private OutputFile(String name, FileChannel channel, boolean regular, PrintWriter stdout) {
        this.name = name;
        this.channel = channel;
        this.regular = regular;
        this.stdout = stdout;
    }

    /**
     * @param stdout where {@code -} writes
     * @throws UnusableFile naming the file and the reason when it cannot be written
     */
    static OutputFile open(Path file, PrintWriter stdout) {
        if ("-".equals(file.toString())) {
            return new OutputFile("standard output", null, false, stdout);
        }
        String name = InputFiles.name(file);
        if (file.toString().isEmpty()) {
            throw new UnusableFile("the output file name is empty");
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new OutputFile(name, channel, Files.isRegularFile(file), null);
        } catch (IOException e) {
            throw new UnusableFile(name + ": " + IoReason.of(e), e);
        }
    }

    /**
     * Replaces the file's content with these lines, each ended by a newline.
     *
     * @throws UnusableFile naming the file when a write fails
     */
    void writeLines(Iterable<String> lines) {
        if (channel == null) {
            for (String line : lines) {
                stdout.write(line);
                stdout.write('\n');
            }
            StandardOutput.check(stdout);
            return;
        }
        try (Writer writer = new BufferedWriter(
                new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16)) {
            if (regular) {
                channel.truncate(0);
            }
            for (String line : lines) {
                writer.write(line);
                writer.write('\n');
            }
        } catch (IOException e) {
            throw new UnusableFile(name + ": write failed: " + IoReason.of(e), e);
        }
    }

    @Override
    public void close() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            throw new UnusableFile(name + ": write failed: " + IoReason.of(e), e);
        }
    }
}
