package org.fedoraproject.fmn.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.text.Echo;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reading the files FMN's offline commands take, with errors that name the file and line. */
final class InputFiles {

    /** A file FMN cannot use at all; the command stops with this message. */
    static final class UnusableFile extends RuntimeException {
        UnusableFile(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private InputFiles() {
    }

    /** Reads a whole JSON document and converts it, naming the file in any error. */
    static <T> T readJson(Path file, Function<JsonNode, T> convert) {
        try (InputStream in = Files.newInputStream(file)) {
            return convert.apply(Json.MAPPER.readTree(in));
        } catch (NoSuchFileException e) {
            throw new UnusableFile(name(file) + ": no such file", e);
        } catch (IOException | JacksonException e) {
            throw new UnusableFile(name(file) + ": not valid JSON: " + Echo.message(e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw new UnusableFile(name(file) + ": " + Echo.message(e.getMessage()), e);
        }
    }

    /**
     * Reads a JSON-lines file, handing each line to {@code use}; a line that fails (any
     * {@link RuntimeException} from parsing or {@code use}) is reported as
     * {@code file:line: problem} and skipped.
     *
     * @return the number of lines that failed
     */
    static int eachLine(Path file, PrintWriter err, Consumer<NumberedLines.Line> use) {
        int failed = 0;
        try (InputStream in = "-".equals(file.toString()) ? System.in : Files.newInputStream(file)) {
            for (NumberedLines.Line line : new NumberedLines(in)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    use.accept(line);
                } catch (RuntimeException e) {
                    failed++;
                    err.println(name(file) + ":" + line.number() + ": " + Echo.message(problem(e)));
                }
            }
        } catch (NoSuchFileException e) {
            throw new UnusableFile(name(file) + ": no such file", e);
        } catch (IOException e) {
            throw new UnusableFile(name(file) + ": " + Echo.message(e.getMessage()), e);
        }
        return failed;
    }

    /** The file's name as messages show it. */
    static String name(Path file) {
        return "-".equals(file.toString()) ? "<stdin>" : Echo.message(file.toString());
    }

    /** A line's JSON, decoded strictly as UTF-8. */
    static JsonNode json(NumberedLines.Line line) {
        return Json.parseUtf8(line.bytes(), "line");
    }

    private static String problem(RuntimeException e) {
        return e instanceof JacksonException j ? "not valid JSON: " + j.getOriginalMessage() : e.getMessage();
    }
}
