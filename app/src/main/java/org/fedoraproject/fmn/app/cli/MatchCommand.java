package org.fedoraproject.fmn.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.fedoraproject.fmn.match.MatchResult;
import org.fedoraproject.fmn.match.MatchedDestination;
import org.fedoraproject.fmn.match.MatchingEngine;
import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.notification.NotificationRenderer;
import org.fedoraproject.fmn.notification.RenderSettings;
import org.fedoraproject.fmn.schema.FactsJson;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.PythonFormat;
import org.fedoraproject.fmn.schema.SchemaRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fmn match}: the notifications FMN would send for a stream of messages, offline. */
@Command(name = "match",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
                "Writes the notifications a stream of messages makes, offline.",
                "",
                "Loads accounts, dist-git ownership and rules from files, indexes the rules,",
                "matches every message and writes the notifications FMN would send as JSON",
                "lines, sorted by message id, protocol and address:",
                "  {\"message_id\":\"…\",\"protocol\":\"email\",\"address\":\"…\",\"rule_ids\":[5,17]}",
                "Progress and a summary go to stderr. Lines that cannot be read are reported",
                "with their file and line and skipped; the exit status is then 1. A file that",
                "cannot be used (unreadable, too large, of the wrong shape; an output that",
                "cannot be written) stops it with status 2."})
public final class MatchCommand implements Callable<Integer> {

    @Option(names = "--directory", required = true, paramLabel = "FILE",
            description = "accounts and groups, FASJSON-shaped JSON ({\"users\": [...], \"groups\": [...]})")
    private Path directoryFile;

    @Option(names = "--distgit", required = true, paramLabel = "FILE",
            description = "dist-git projects and their access lists, Pagure-shaped JSON ({\"projects\": [...]})")
    private Path distgitFile;

    @Option(names = "--rules", required = true, paramLabel = "FILE",
            description = "rules in FMN's JSON shape, one per line")
    private Path rulesFile;

    @Option(names = "--messages", required = true, paramLabel = "FILE",
            description = "messages, one per line: facts as a workload's messages.jsonl has them ('-' reads stdin)")
    private Path messagesFile;

    @Option(names = "--raw", description = "the messages are serialized bus messages: derive their facts first")
    private boolean raw;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the notifications ('-' for stdout)")
    private Path out;

    @Option(names = "--content", description = "add the rendered send-queue content to each line")
    private boolean content;

    @Option(names = "--public-url", paramLabel = "URL", defaultValue = "https://notifications.fedoraproject.org",
            description = "the web UI's address, for rule links (default: ${DEFAULT-VALUE})")
    private String publicUrl;

    @Option(names = "--datagrepper-url", paramLabel = "URL", defaultValue = "https://apps.fedoraproject.org/datagrepper",
            description = "datagrepper's address, for message links (default: ${DEFAULT-VALUE})")
    private String datagrepperUrl;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (OutputFile output = OutputFile.open(out, spec.commandLine().getOut())) {
            return run(output, err);
        } catch (UnusableFile e) {
            err.println("fmn match: " + e.getMessage());
            return 2;
        } finally {
            err.flush();
        }
    }

    private int run(OutputFile output, PrintWriter err) {
        Progress progress = new Progress(err);
        OfflineWorld world = OfflineWorld.load(directoryFile, distgitFile, rulesFile, err);
        progress.say("read %,d accounts and %,d dist-git projects", world.directory().size(), world.forge().size());
        int failed = world.invalidRules();
        progress.say("indexed %,d enabled rules of %,d in %.3f s", world.index().size(), world.rules().size(),
                world.indexSeconds());
        MatchingEngine engine = world.engine();
        NotificationRenderer renderer = new NotificationRenderer(new RenderSettings(publicUrl, datagrepperUrl, 20));
        SchemaRegistry registry = raw ? SchemaRegistry.standard() : null;
        // Sorting needs every line; lines are kept as text, far smaller than rendered objects.
        List<OutputLine> lines = new ArrayList<>();
        long[] notifications = {0};
        Set<Long> toDisable = new TreeSet<>();
        long[] messages = {0};
        long matchStart = System.nanoTime();
        failed += InputFiles.eachLine(messagesFile, err, line -> {
            MessageFacts facts = raw
                    ? registry.derive(SerializedMessageCodec.read(line.bytes()))
                    : FactsJson.fromTree(InputFiles.json(line));
            MatchResult result = engine.match(facts);
            NotificationRenderer.MessageRendering rendering = content ? renderer.forMessage(facts) : null;
            for (MatchedDestination matched : result.destinations()) {
                lines.add(new OutputLine(facts.id(), matched.protocol().key(), matched.address(),
                        NotificationJson.canonical(facts, matched, rendering)));
            }
            notifications[0] += result.destinations().size();
            toDisable.addAll(result.rulesToDisable());
            progress.tick(++messages[0]);
        });
        double matchSeconds = (System.nanoTime() - matchStart) / 1e9;

        lines.sort(Comparator.comparing(OutputLine::messageId, PythonFormat.CODE_POINT_ORDER)
                .thenComparing(OutputLine::protocol, PythonFormat.CODE_POINT_ORDER)
                .thenComparing(OutputLine::address, PythonFormat.CODE_POINT_ORDER));
        output.writeLines(() -> lines.stream().map(OutputLine::json).iterator());

        progress.say("rules: %,d (%,d enabled, %,d to disable: owner gone)", world.rules().size(), world.index().size(),
                toDisable.size());
        progress.say("messages: %,d, notifications: %,d", messages[0], notifications[0]);
        progress.say("index build: %.3f s, matching: %.3f s, %,.0f messages/s", world.indexSeconds(), matchSeconds,
                messages[0] / Math.max(matchSeconds, 1e-9));
        return failed == 0 ? 0 : 1;
    }

    /** One output line, with what it is sorted by. */
    private record OutputLine(String messageId, String protocol, String address, String json) {
    }

    /** Progress lines on stderr, at most one a second while matching. */
    private static final class Progress {
        private final PrintWriter err;
        private long lastReport = System.nanoTime();

        Progress(PrintWriter err) {
            this.err = err;
        }

        void say(String format, Object... args) {
            err.println("fmn match: " + String.format(format, args));
            err.flush();
        }

        void tick(long messages) {
            if ((messages & 1023) == 0 && System.nanoTime() - lastReport > 1_000_000_000L) {
                lastReport = System.nanoTime();
                say("matched %,d messages...", messages);
            }
        }
    }
}
