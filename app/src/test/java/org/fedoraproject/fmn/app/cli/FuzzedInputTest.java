package org.fedoraproject.fmn.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.fedoraproject.fmn.app.Fmn;
import org.fedoraproject.fmn.message.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutated real bus messages and random bytes, fed to {@code fmn derive} and {@code fmn match
 * --raw --content} between good messages: every command ends with a documented status (0 or
 * 1), prints no stack trace, reports each bad line on one line of its own, and still handles
 * the good lines around the bad ones.
 *
 * <p>Seeded, so a failure repeats; the seed and round are in every assertion. Inputs are
 * bounded (lines of at most about 64 KiB) and so is the time: rounds stop after a few seconds.
 * The real messages come from the shared corpus ({@code fmn.corpus.dir}); without it the test
 * is skipped, saying so.
 */
class FuzzedInputTest {

    private static final long SEED = 20_261_201L;
    private static final long BUDGET_NANOS = 3_000_000_000L;
    private static final int MAX_LINE = 64 << 10;

    /** Tokens that have broken JSON readers and the text built from what they read. */
    private static final List<byte[]> NASTY = Stream.of(
            "\u0000", "\\u0000", "\\ud800", "\\udc00", "\\ud83d", "\u001b[2J", "\r", "\n", "\"", "\\", "{", "}", "[", "]",
            ",", ":", "null", "true", "-0", "1e999999", "-1e-999999", "99999999999999999999999999999999", "0.1e1",
            "NaN", "Infinity", "\u2028", "\u202e", "\ufeff", "%s%n%d", "{0}", "${jndi:x}", "[".repeat(3000),
            "{\"a\":".repeat(2000)).map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    private static final List<byte[]> BAD_UTF8 = List.of(
            new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xff},
            new byte[] {(byte) 0xe2, (byte) 0x82}, new byte[] {(byte) 0x80});

    private static List<byte[]> corpus;
    private static List<String> goodLines;
    private static Path demo;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheCorpus() throws IOException {
        String configured = System.getProperty("fmn.corpus.dir", System.getenv("FMN_CORPUS_DIR"));
        Path corpusDir = Path.of(configured != null ? configured : "../shared/corpus");
        Assumptions.assumeTrue(Files.isDirectory(corpusDir), "the message corpus is not at " + corpusDir.toAbsolutePath()
                + " (set -Dfmn.corpus.dir or FMN_CORPUS_DIR): skipping the fuzzed-input test");
        corpus = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpusDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        corpus.add(line.getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        }
        demo = Path.of("..", "demo");
        goodLines = Files.readAllLines(demo.resolve("messages.jsonl"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
    }

    /** What a run printed, and its status. */
    private record Run(int status, String out, String err) {
    }

    private static Run fmn(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Fmn.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void deriveGetsThroughMutatedMessagesAndRandomBytes() throws IOException {
        Random random = new Random(SEED);
        long deadline = System.nanoTime() + BUDGET_NANOS;
        for (int round = 0; round < 400 && (round < 20 || System.nanoTime() < deadline); round++) {
            String where = "seed " + SEED + ", round " + round;
            Path file = dir.resolve("derive-" + round + ".jsonl");
            int lines = writeRound(random, file, round);

            Run run = fmn("derive", file.toString());

            assertThat(run.status()).as(where + ": " + run.err()).isIn(0, 1);
            assertWellFormedErrors(run.err(), file, where);
            List<String> out = run.out().lines().toList();
            for (String good : List.of(goodLines.get(round % goodLines.size()), goodLines.getLast())) {
                String id = Json.MAPPER.readTree(good).path("id").stringValue();
                assertThat(out).as(where + ": the good message " + id).anyMatch(l -> l.contains("\"id\":\"" + id + "\""));
            }
            assertThat(out.size() + run.err().lines().count()).as(where + ": every line is either derived or reported")
                    .isEqualTo(lines);
        }
    }

    @Test
    void matchGetsThroughMutatedMessagesAndRandomBytes() throws IOException {
        Path good = Files.write(dir.resolve("good.jsonl"), goodLines);
        Path expectedOut = dir.resolve("good.out.jsonl");
        assertThat(fmn(match(good, expectedOut)).status()).isZero();
        Set<String> expected = new HashSet<>(Files.readAllLines(expectedOut));
        assertThat(expected).as("the good messages notify someone").isNotEmpty();

        Random random = new Random(SEED + 1);
        long deadline = System.nanoTime() + BUDGET_NANOS;
        for (int round = 0; round < 200 && (round < 10 || System.nanoTime() < deadline); round++) {
            String where = "seed " + (SEED + 1) + ", round " + round;
            Path file = dir.resolve("match-" + round + ".jsonl");
            Path out = dir.resolve("match-" + round + ".out.jsonl");
            writeRound(random, file, -1);

            Run run = fmn(match(file, out));

            assertThat(run.status()).as(where + ": " + run.err()).isIn(0, 1);
            assertWellFormedErrors(run.err().lines().filter(l -> !l.startsWith("fmn match: ")).map(l -> l + "\n")
                    .reduce("", String::concat), file, where);
            assertThat(Files.readAllLines(out)).as(where + ": the good messages' notifications").containsAll(expected);
        }
    }

    private String[] match(Path messages, Path out) {
        return new String[] {"match", "--raw", "--content", "--directory", demo.resolve("directory.json").toString(),
                "--distgit", demo.resolve("distgit.json").toString(), "--rules", demo.resolve("rules.jsonl").toString(),
                "--messages", messages.toString(), "--out", out.toString()};
    }

    /**
     * Writes a round's file: every good message or one of them, then mutated corpus messages
     * and random bytes, then the last good message.
     *
     * @param round the round, whose good message goes first; -1 for all of them
     * @return the number of non-blank lines written, as a reader counts them
     */
    private static int writeRound(Random random, Path file, int round) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> first = round < 0 ? goodLines : List.of(goodLines.get(round % goodLines.size()));
        first.forEach(l -> bytes.writeBytes((l + "\n").getBytes(StandardCharsets.UTF_8)));
        for (int i = 0, n = 1 + random.nextInt(40); i < n; i++) {
            bytes.writeBytes(fuzzed(random));
            bytes.write('\n');
        }
        bytes.writeBytes((goodLines.getLast() + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] all = bytes.toByteArray();
        Files.write(file, all);
        return nonBlankLines(all);
    }

    private static byte[] fuzzed(Random random) {
        byte[] line = corpus.get(random.nextInt(corpus.size()));
        return switch (random.nextInt(8)) {
            case 0 -> flipBytes(random, line);
            case 1 -> insert(random, line, NASTY.get(random.nextInt(NASTY.size())));
            case 2 -> insert(random, line, BAD_UTF8.get(random.nextInt(BAD_UTF8.size())));
            case 3 -> Arrays.copyOf(line, random.nextInt(line.length + 1));
            case 4 -> splice(random, line, corpus.get(random.nextInt(corpus.size())));
            case 5 -> randomBytes(random);
            default -> replaceAValue(random, line);
        };
    }

    private static byte[] flipBytes(Random random, byte[] line) {
        byte[] out = line.clone();
        for (int i = 0, n = 1 + random.nextInt(6); i < n && out.length > 0; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    private static byte[] insert(Random random, byte[] line, byte[] token) {
        int at = random.nextInt(line.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(line, 0, at);
        out.writeBytes(token);
        out.write(line, at, line.length - at);
        return bounded(out.toByteArray());
    }

    private static byte[] splice(Random random, byte[] a, byte[] b) {
        int cutA = random.nextInt(a.length + 1);
        int cutB = random.nextInt(b.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(a, 0, cutA);
        out.write(b, cutB, b.length - cutB);
        return bounded(out.toByteArray());
    }

    private static byte[] randomBytes(Random random) {
        byte[] out = new byte[random.nextInt(2048)];
        random.nextBytes(out);
        return out;
    }

    /** The corpus message with one value, anywhere in it, replaced by a value of another kind. */
    private static byte[] replaceAValue(Random random, byte[] line) {
        JsonNode tree = Json.MAPPER.readTree(line);
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(tree, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> keys = new ArrayList<>(target.propertyNames());
        if (keys.isEmpty()) {
            return line;
        }
        String key = keys.get(random.nextInt(keys.size()));
        String value = switch (random.nextInt(10)) {
            case 0 -> "null";
            case 1 -> "42";
            case 2 -> "-1.5e300";
            case 3 -> "[]";
            case 4 -> "{}";
            case 5 -> "[\"a\", 1, null, {}]";
            case 6 -> "\"m1\\nfile.jsonl:99: forged\\u001b[2J\\r\"";
            case 7 -> "\"" + "x".repeat(random.nextInt(MAX_LINE / 2)) + "\"";
            case 8 -> "true";
            default -> "\"\\ud800 \\u0000 \\udfff\"";
        };
        target.set(key, Json.MAPPER.readTree(value));
        return bounded(Json.MAPPER.writeValueAsBytes(tree));
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        for (JsonNode child : node) {
            collectObjects(child, objects);
        }
    }

    private static byte[] bounded(byte[] line) {
        return line.length <= MAX_LINE ? line : Arrays.copyOf(line, MAX_LINE);
    }

    private static int nonBlankLines(byte[] bytes) {
        int count = 0;
        boolean blank = true;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (!blank) {
                    count++;
                }
                blank = true;
            } else if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                blank = false;
            }
        }
        return count;
    }

    /** Every error is one line, {@code file:line: problem}, with no stack trace and bounded. */
    private static void assertWellFormedErrors(String err, Path file, String where) {
        assertThat(err).as(where).doesNotContain("Exception").doesNotContain("\tat ");
        for (String line : err.lines().toList()) {
            assertThat(line).as(where).matches(java.util.regex.Pattern.quote(file.toString()) + ":[0-9]+: .+")
                    .hasSizeLessThan(8_000);
        }
    }
}
