package org.fedoraproject.fmn.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.fedoraproject.fmn.directory.InMemoryDirectory;
import org.fedoraproject.fmn.forge.InMemoryForge;
import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.rule.RuleReader;
import org.fedoraproject.fmn.schema.FactsJson;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * On a workload from the shared generator (1,000 users, 2,500 projects, 10,000 messages, with
 * its bursts, deleted owners and disabled rules), the engine gives what the naive reference
 * gives for every message. Skipped, saying so, when the generator or Python is absent.
 */
class WorkloadEquivalenceTest {

    private static Path generator() {
        String configured = System.getProperty("fmn.workload.generator", System.getenv("FMN_WORKLOAD_GENERATOR"));
        return Path.of(configured != null ? configured : "../shared/bench/workload/gen_workload.py");
    }

    @Test
    void theEngineAgreesWithTheReferenceOnAGeneratedWorkload() throws Exception {
        Path generator = generator();
        Assumptions.assumeTrue(Files.isRegularFile(generator),
                "the workload generator is not at " + generator.toAbsolutePath() + ": skipping");
        Path out = Files.createDirectories(Path.of("target", "workload-tenth"));
        Process python = new ProcessBuilder("python3", generator.toString(), "--out", out.toString(),
                "--users", "1000", "--packages", "2500", "--messages", "10000")
                .redirectErrorStream(true).redirectOutput(out.resolve("generator.log").toFile()).start();
        Assumptions.assumeTrue(python.waitFor(120, TimeUnit.SECONDS) && python.exitValue() == 0,
                "the workload generator did not run (see " + out.resolve("generator.log") + "): skipping");

        InMemoryDirectory directory = InMemoryDirectory.fromJson(Json.MAPPER.readTree(out.resolve("directory.json").toFile()));
        InMemoryForge forge = InMemoryForge.fromJson(Json.MAPPER.readTree(out.resolve("distgit.json").toFile()));
        List<Rule> rules = new ArrayList<>();
        forEachLine(out.resolve("rules.jsonl"), line -> rules.add(RuleReader.read(Json.MAPPER.readTree(line))));
        List<MessageFacts> messages = new ArrayList<>();
        forEachLine(out.resolve("messages.jsonl"), line -> messages.add(FactsJson.fromTree(Json.MAPPER.readTree(line))));
        MatchingEngine engine = new MatchingEngine(RuleIndex.of(rules), directory, forge);

        long notifications = 0;
        long disabledReports = 0;
        for (MessageFacts message : messages) {
            ReferenceEvaluator.Result expected = ReferenceEvaluator.evaluate(rules, directory, forge, message);
            assertThat(ReferenceEvaluator.of(engine.match(message))).as("message %s", message.id()).isEqualTo(expected);
            notifications += expected.notifications().size();
            disabledReports += expected.rulesToDisable().size();
        }
        assertThat(messages).hasSize(10_000);
        assertThat(notifications).as("the workload makes notifications").isGreaterThan(10_000);
        assertThat(disabledReports).as("deleted owners' rules are met and reported").isPositive();
    }

    private static void forEachLine(Path file, java.util.function.Consumer<String> use) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                use.accept(line);
            }
        }
    }
}
