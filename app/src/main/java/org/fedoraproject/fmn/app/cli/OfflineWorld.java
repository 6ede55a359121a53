package org.fedoraproject.fmn.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fedoraproject.fmn.directory.InMemoryDirectory;
import org.fedoraproject.fmn.forge.InMemoryForge;
import org.fedoraproject.fmn.match.MatchingEngine;
import org.fedoraproject.fmn.match.RuleIndex;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.rule.RuleReader;

/**
 * Accounts, dist-git ownership and rules read from files, indexed and ready to match: what the
 * offline commands share.
 *
 * @param invalidRules the rules lines that could not be read (each reported on stderr)
 * @param indexSeconds how long indexing the rules took
 */
record OfflineWorld(InMemoryDirectory directory, InMemoryForge forge, List<Rule> rules, int invalidRules,
        RuleIndex index, double indexSeconds, MatchingEngine engine) {

    /**
     * Reads the three files; an unusable file raises {@link UnusableFile}. A rules line whose
     * id an earlier line already had is reported and skipped.
     */
    static OfflineWorld load(Path directoryFile, Path distgitFile, Path rulesFile, PrintWriter err) {
        InMemoryDirectory directory = InputFiles.readJson(directoryFile, InMemoryDirectory::fromJson);
        InMemoryForge forge = InputFiles.readJson(distgitFile, InMemoryForge::fromJson);
        List<Rule> rules = new ArrayList<>();
        Map<Long, Long> firstLines = new HashMap<>();
        int invalid = InputFiles.eachLine(rulesFile, err, line -> {
            Rule rule = RuleReader.read(InputFiles.json(line));
            // Whether or not either copy is disabled: which one was meant cannot be told.
            Long first = firstLines.putIfAbsent(rule.id(), line.number());
            if (first != null) {
                throw new IllegalArgumentException("rule " + rule.id() + " appears twice (first on line " + first + ")");
            }
            rules.add(rule);
        });
        long start = System.nanoTime();
        RuleIndex index = RuleIndex.of(rules);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new OfflineWorld(directory, forge, rules, invalid, index, seconds,
                new MatchingEngine(index, directory, forge));
    }
}
