package org.fedoraproject.fmn.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /** Reads the three files; an unusable file raises {@link UnusableFile}. */
    static OfflineWorld load(Path directoryFile, Path distgitFile, Path rulesFile, PrintWriter err) {
        InMemoryDirectory directory = InputFiles.readJson(directoryFile, InMemoryDirectory::fromJson);
        InMemoryForge forge = InputFiles.readJson(distgitFile, InMemoryForge::fromJson);
        List<Rule> rules = new ArrayList<>();
        int invalid = InputFiles.eachLine(rulesFile, err, line -> rules.add(RuleReader.read(InputFiles.json(line))));
        long start = System.nanoTime();
        RuleIndex index = RuleIndex.of(rules);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new OfflineWorld(directory, forge, rules, invalid, index, seconds,
                new MatchingEngine(index, directory, forge));
    }
}
