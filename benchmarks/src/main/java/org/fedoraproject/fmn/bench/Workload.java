package org.fedoraproject.fmn.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fedoraproject.fmn.directory.InMemoryDirectory;
import org.fedoraproject.fmn.forge.InMemoryForge;
import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.rule.RuleReader;
import org.fedoraproject.fmn.schema.FactsJson;
import org.fedoraproject.fmn.schema.MessageFacts;

/**
 * A workload written by the shared generator ({@code gen_workload.py}): directory, dist-git
 * ownership, rules and a message stream. Its folder is {@code -Dfmn.workload.dir}.
 */
record Workload(InMemoryDirectory directory, InMemoryForge forge, List<Rule> rules, List<MessageFacts> messages) {

    static Workload load() {
        String dir = System.getProperty("fmn.workload.dir");
        if (dir == null) {
            throw new IllegalStateException("set -Dfmn.workload.dir to a folder written by gen_workload.py");
        }
        Path folder = Path.of(dir);
        try {
            InMemoryDirectory directory = InMemoryDirectory.fromJson(readTree(folder.resolve("directory.json")));
            InMemoryForge forge = InMemoryForge.fromJson(readTree(folder.resolve("distgit.json")));
            List<Rule> rules = new ArrayList<>();
            lines(folder.resolve("rules.jsonl"), line -> rules.add(RuleReader.read(Json.MAPPER.readTree(line))));
            List<MessageFacts> messages = new ArrayList<>();
            lines(folder.resolve("messages.jsonl"), line -> messages.add(FactsJson.fromTree(Json.MAPPER.readTree(line))));
            return new Workload(directory, forge, rules, messages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static tools.jackson.databind.JsonNode readTree(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Json.MAPPER.readTree(in);
        }
    }

    private static void lines(Path file, java.util.function.Consumer<String> use) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    use.accept(line);
                }
            }
        }
    }
}
