package org.fedoraproject.fmn.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

import org.fedoraproject.fmn.message.InvalidMessageException;
import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.text.Echo;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reading the files FMN's offline commands take ({@code -} is standard input), with errors
 * that name the file and line and say why.
 */
final class InputFiles {

    /** The largest whole-document file ({@code --directory}, {@code --distgit}): 256 MiB. */
    static final long DOCUMENT_LIMIT = 256L << 20;

    private InputFiles() {
    }

    /** The file's name as messages show it. */
    static String name(Path file) {
        return isStandardInput(file) ? "<stdin>" : Echo.message(file.toString());
    }

    private static boolean isStandardInput(Path file) {
        return "-".equals(file.toString());
    }

    /**
     * Opens a file to read, or standard input for {@code -}.
     *
     * @throws UnusableFile naming the file and the reason when it cannot be read
     */
    static InputStream open(Path file) {
        if (isStandardInput(file)) {
            return StandardInput.open();
        }
        if (file.toString().isEmpty()) {
            throw new UnusableFile("the file name is empty");
        }
        // Opening a folder succeeds; only reading it fails, with no name in the error.
        if (Files.isDirectory(file)) {
            throw new UnusableFile(name(file) + ": is a directory");
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UnusableFile(name(file) + ": " + IoReason.of(e), e);
        }
    }

    /**
     * Reads a whole JSON document, decoded strictly as UTF-8 (as bus messages are), and
     * converts it; an {@link IllegalArgumentException} from {@code convert} is the document's
     * fault.
     *
     * @throws UnusableFile naming the file when it cannot be read, is larger than
     *         {@link #DOCUMENT_LIMIT}, is not UTF-8 JSON or not of the expected shape
     */
    static <T> T readJson(Path file, Function<JsonNode, T> convert) {
        byte[] bytes;
        try (InputStream in = open(file)) {
            // A regular file's size is known: refuse it before reading it.
            if (!isStandardInput(file) && Files.isRegularFile(file) && Files.size(file) > DOCUMENT_LIMIT) {
                throw tooLarge(file);
            }
            bytes = in.readNBytes((int) DOCUMENT_LIMIT + 1);
        } catch (IOException e) {
            throw new UnusableFile(name(file) + ": " + IoReason.of(e), e);
        }
        if (bytes.length > DOCUMENT_LIMIT) {
            throw tooLarge(file);
        }
        try {
            return convert.apply(Json.parseUtf8(bytes, "the file"));
        } catch (InvalidMessageException | IllegalArgumentException | JacksonException e) {
            throw new UnusableFile(name(file) + ": " + Echo.message(e.getMessage()), e);
        }
    }

    private static UnusableFile tooLarge(Path file) {
        return new UnusableFile(name(file) + ": larger than " + (DOCUMENT_LIMIT >> 20) + " MiB (the limit)");
    }

    /**
     * Reads a JSON-lines file, handing each line to {@code use}; a line that fails (any
     * {@link RuntimeException} from parsing or {@code use}) or is longer than
     * {@link NumberedLines#LIMIT} is reported as {@code file:line: problem} and skipped. An
     * {@link UnusableFile} from {@code use} (output that cannot be written) stops the reading.
     *
     * @return the number of lines that failed
     * @throws UnusableFile when the file cannot be opened or reading it fails
     */
    static int eachLine(Path file, PrintWriter err, Consumer<NumberedLines.Line> use) {
        int failed = 0;
        try (InputStream in = open(file)) {
            for (NumberedLines.Line line : new NumberedLines(in)) {
                if (line.isBlank()) {
                    continue;
                }
                String problem;
                if (line.tooLong()) {
                    problem = "longer than " + (NumberedLines.LIMIT >> 20) + " MiB (the limit)";
                } else {
                    try {
                        use.accept(line);
                        continue;
                    } catch (UnusableFile e) {
                        throw e;
                    } catch (RuntimeException e) {
                        problem = problem(e);
                    }
                }
                failed++;
                err.println(name(file) + ":" + line.number() + ": " + Echo.message(problem));
            }
        } catch (UncheckedIOException e) {
            throw new UnusableFile(name(file) + ": " + IoReason.of(e.getCause()), e);
        } catch (IOException e) {
            throw new UnusableFile(name(file) + ": " + IoReason.of(e), e);
        }
        return failed;
    }

    /** A line's JSON, decoded strictly as UTF-8. */
    static JsonNode json(NumberedLines.Line line) {
        return Json.parseUtf8(line.bytes(), "line");
    }

    private static String problem(RuntimeException e) {
        return e instanceof JacksonException j ? "not valid JSON: " + j.getOriginalMessage() : e.getMessage();
    }
}
