package org.fedoraproject.fmn.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.fedoraproject.fmn.match.MatchResult;
import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.notification.Notification;
import org.fedoraproject.fmn.notification.NotificationContent;
import org.fedoraproject.fmn.notification.NotificationRenderer;
import org.fedoraproject.fmn.notification.RenderSettings;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.SchemaRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fmn demo}: FMN's whole per-message path on the demo data shipped in {@code demo/}:
 * each bus message is read, its facts derived, the rules matched and the notifications
 * rendered, and what would be sent is printed for a person to read.
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = {
                "Shows what FMN would send for the demo bus messages.",
                "",
                "Runs the whole per-message path (read, derive facts, match rules, render",
                "notifications) over the demo folder's accounts, dist-git projects, rules",
                "and messages, and prints who is notified of each message, how and why."})
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR",
            description = "the demo folder: directory.json, distgit.json, rules.jsonl, messages.jsonl "
                    + "(default: the checkout's demo/)")
    private Path data;

    @Option(names = "--full", description = "print each email in full (headers, body, footer)")
    private boolean full;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = data != null ? data : Path.of(System.getProperty("fmn.home", "."), "demo");
        try {
            OfflineWorld world = OfflineWorld.load(dir.resolve("directory.json"), dir.resolve("distgit.json"),
                    dir.resolve("rules.jsonl"), err);
            SchemaRegistry registry = SchemaRegistry.standard();
            NotificationRenderer renderer = new NotificationRenderer(RenderSettings.FEDORA);
            out.printf("FMN demo: %d people, %d dist-git projects, %d rules (%s)%n%n", world.directory().size(),
                    world.forge().size(), world.index().size(), dir);
            int[] totals = new int[2];
            int failed = world.invalidRules() + InputFiles.eachLine(dir.resolve("messages.jsonl"), err, line -> {
                Message message = SerializedMessageCodec.read(line.bytes());
                MessageFacts facts = registry.derive(message);
                MatchResult result = world.engine().match(facts);
                List<Notification> notifications = renderer.render(facts, result);
                describe(out, facts, notifications);
                totals[0]++;
                totals[1] += notifications.size();
            });
            out.printf("%d messages, %d notifications.%n", totals[0], totals[1]);
            StandardOutput.check(out);
            return failed == 0 ? 0 : 1;
        } catch (UnusableFile e) {
            err.println("fmn demo: " + e.getMessage());
            return 2;
        } finally {
            out.flush(); // what was shown before an input became unreadable
        }
    }

    private void describe(PrintWriter out, MessageFacts facts, List<Notification> notifications) {
        out.printf("%s%n", facts.summary());
        out.printf("  %s from %s%s, %s%n", facts.topic(), facts.appName() == null ? "an unknown application" : facts.appName(),
                facts.agentName() == null ? "" : " by " + facts.agentName(), facts.severity().filterName());
        if (notifications.isEmpty()) {
            out.printf("  → nobody is notified%n");
        }
        for (Notification notification : notifications) {
            String rules = notification.ruleIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
            out.printf("  → %-6s %-24s rule%s %s: %s%n", notification.protocol().key(), notification.address(),
                    notification.ruleIds().size() > 1 ? "s" : "", rules, notification.reason().criterion().description());
            switch (notification.content()) {
                case NotificationContent.Chat chat -> out.printf("           %s%n", chat.message());
                case NotificationContent.Email email -> {
                    out.printf("           Subject: %s%n", email.headers().get("Subject"));
                    if (full) {
                        email.headers().forEach((name, value) -> out.printf("           %s: %s%n", name, value));
                        out.printf("%n%s%n%n-- %n%s%n%n", indent(email.body()), indent(email.footer()));
                    }
                }
            }
        }
        out.println();
    }

    private static String indent(String text) {
        return text.lines().map(l -> "           " + l).collect(Collectors.joining("\n"));
    }
}
