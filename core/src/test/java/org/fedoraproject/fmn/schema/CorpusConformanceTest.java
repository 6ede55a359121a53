package org.fedoraproject.fmn.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Derives the facts of every message of the shared corpus and compares each with what
 * Fedora's own schema code derived. Prints a per-schema, per-field match table (also written
 * to {@code target/conformance.md}, mismatches to {@code target/conformance-mismatches.txt}).
 */
class CorpusConformanceTest {

    /** Required share of matching messages per field. */
    private static final Map<String, Double> REQUIRED = new LinkedHashMap<>();

    static {
        for (String field : List.of("app_name", "app_icon", "agent_name", "usernames", "groups", "packages",
                "containers", "modules", "flatpaks", "url", "severity")) {
            REQUIRED.put(field, 1.0);
        }
        REQUIRED.put("summary", 0.98);
        REQUIRED.put("text", 0.95);
    }

    private final SchemaRegistry registry = SchemaRegistry.standard();

    @Test
    void derivedFactsMatchFedorasOwnSchemaCode() throws IOException {
        List<Corpus.Line> lines = Corpus.linesOrSkip();
        Map<String, Map<String, int[]>> bySchema = new TreeMap<>();
        Map<String, int[]> overall = new LinkedHashMap<>();
        List<String> mismatches = new ArrayList<>();

        for (Corpus.Line line : lines) {
            Message message = SerializedMessageCodec.read(line.tree());
            JsonNode actual = FactsJson.toTree(registry.derive(message));
            String schema = line.file().replace(".jsonl", "") + " / " + message.schemaName();
            for (String field : REQUIRED.keySet()) {
                JsonNode expected = line.expected().get(field);
                boolean same = expected.equals(actual.get(field));
                tally(bySchema.computeIfAbsent(schema, s -> new LinkedHashMap<>()), field, same);
                tally(overall, field, same);
                if (!same) {
                    mismatches.add(line.where() + " " + message.schemaName() + " " + field
                            + "\n  expected: " + expected + "\n  actual:   " + actual.get(field));
                }
            }
        }

        String table = table(bySchema, overall, lines.size());
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/conformance.md"), table);
        Files.writeString(Path.of("target/conformance-mismatches.txt"), String.join("\n", mismatches) + "\n");

        REQUIRED.forEach((field, rate) -> {
            int[] counts = overall.get(field);
            assertThat((double) counts[0] / counts[1])
                    .as("share of corpus messages whose %s matches (see target/conformance-mismatches.txt)", field)
                    .isGreaterThanOrEqualTo(rate);
        });
    }

    private static void tally(Map<String, int[]> counts, String field, boolean same) {
        int[] c = counts.computeIfAbsent(field, f -> new int[2]);
        if (same) {
            c[0]++;
        }
        c[1]++;
    }

    private static String table(Map<String, Map<String, int[]>> bySchema, Map<String, int[]> overall, int messages) {
        StringBuilder out = new StringBuilder();
        out.append("| schema | n |");
        REQUIRED.keySet().forEach(f -> out.append(' ').append(f).append(" |"));
        out.append("\n|---|---:|");
        REQUIRED.keySet().forEach(f -> out.append("---:|"));
        out.append('\n');
        bySchema.forEach((schema, counts) -> row(out, schema, counts));
        row(out, "**all " + messages + " messages**", overall);
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Map<String, int[]> counts) {
        out.append("| ").append(name).append(" | ").append(counts.values().iterator().next()[1]).append(" |");
        for (String field : REQUIRED.keySet()) {
            int[] c = counts.get(field);
            out.append(' ').append(c[0] == c[1] ? "100%" : String.format("%.1f%%", 100.0 * c[0] / c[1])).append(" |");
        }
        out.append('\n');
    }
}
