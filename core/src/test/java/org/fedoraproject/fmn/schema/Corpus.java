package org.fedoraproject.fmn.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.fedoraproject.fmn.message.Json;
import org.junit.jupiter.api.Assumptions;

import tools.jackson.databind.node.ObjectNode;

/**
 * The shared corpus of real Fedora bus messages, each with the facts Fedora's own schema code
 * derived from it ({@code expected}). Its folder is the system property {@code fmn.corpus.dir}
 * (the build sets it to {@code ../shared/corpus} beside the checkout) or the environment
 * variable {@code FMN_CORPUS_DIR}.
 */
public final class Corpus {

    /** One line of a corpus file. */
    public record Line(String file, int number, ObjectNode tree) {
        public ObjectNode expected() {
            return (ObjectNode) tree.get("expected");
        }

        public String where() {
            return file + ":" + number;
        }
    }

    private Corpus() {
    }

    public static Path directory() {
        String configured = System.getProperty("fmn.corpus.dir", System.getenv("FMN_CORPUS_DIR"));
        return Path.of(configured != null ? configured : "../shared/corpus");
    }

    /** Every line of every corpus file; skips the calling test when the corpus is absent. */
    public static List<Line> linesOrSkip() {
        Path dir = directory();
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "the message corpus is not at " + dir.toAbsolutePath()
                        + " (set -Dfmn.corpus.dir or FMN_CORPUS_DIR): skipping the corpus tests");
        List<Line> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                List<String> texts = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < texts.size(); i++) {
                    if (!texts.get(i).isBlank()) {
                        lines.add(new Line(file.getFileName().toString(), i + 1,
                                (ObjectNode) Json.MAPPER.readTree(texts.get(i))));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
