package org.fedoraproject.fmn.schema.hotness;

import static org.fedoraproject.fmn.schema.JsonValues.item;
import static org.fedoraproject.fmn.schema.JsonValues.strItemOrNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.PythonFormat;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

import tools.jackson.databind.JsonNode;

/**
 * The schemas of fedora-messaging-the-new-hotness-schema: the-new-hotness, which files Bugzilla
 * bugs about new upstream releases that Anitya reports, or tells why it dropped one. Both bodies
 * carry the triggering message ({@code trigger.msg}, {@code trigger.topic}).
 */
public final class HotnessSchemas implements SchemaPackage {

    static final SchemaDefinition HOTNESS = SchemaDefinition.template().appName("The New Hotness");

    private static final List<Schema> SCHEMAS = List.of(
            // No __str__ upstream, so the text is fedora-messaging's default dump.
            HOTNESS.named("hotness.update.drop")
                    .agentName(HotnessSchemas::agentName)
                    // Upstream lists the agent even when there is none, giving [None].
                    .usernames(m -> Collections.singletonList(agentName(m)))
                    .packages(HotnessSchemas::droppedPackages)
                    .summary(HotnessSchemas::dropSummary),
            HOTNESS.named("hotness.update.bug.file")
                    .packages(HotnessSchemas::bugPackages)
                    .summary(m -> "the-new-hotness filed a bug on '" + join(bugPackages(m)) + "'")
                    .text(m -> "The New Hotness filed a bug on '" + join(bugPackages(m)) + "'\n" + bugUrl(m) + "\n")
                    .url(HotnessSchemas::bugUrl));

    @Override
    public String name() {
        return "fedora-messaging-the-new-hotness-schema";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }

    /** {@code agent_name} when the body has one (the-new-hotness itself usually sets none). */
    private static String agentName(Message m) {
        JsonNode agent = m.body().get("agent_name");
        return agent == null || agent.isNull() ? null : PythonFormat.str(agent);
    }

    /**
     * The package the dropped update was about, found where the triggering message kept it: a
     * pkgdb package listing, a koji build, or a {@code package} object. None when Anitya could
     * not map the project to Fedora (reason {@code anitya}), and none for the usual Anitya
     * version-update triggers, which keep their package in none of those places.
     */
    private static List<String> droppedPackages(Message m) {
        if ("anitya".equals(reason(m))) {
            return List.of();
        }
        JsonNode original = item(m.body(), "trigger", "msg");
        if (original.has("package_listing")) {
            return Collections.singletonList(strItemOrNull(original, "package_listing", "package", "name"));
        }
        if (triggerTopic(m).contains("buildsys.build")) {
            return Collections.singletonList(strItemOrNull(original, "name"));
        }
        if (original.has("package")) {
            return Collections.singletonList(strItemOrNull(original, "package", "name"));
        }
        return List.of();
    }

    private static String dropSummary(Message m) {
        String prefix = "the-new-hotness saw an update for '" + join(droppedPackages(m)) + "', ";
        String reason = reason(m);
        return prefix + switch (reason == null ? "" : reason) {
            case "anitya" -> "but release-monitoring.org doesn't know what that project is called in Fedora land";
            case "rawhide" -> "but no rawhide version of the package could be found yet";
            case "pkgdb" -> "but pkgdb says the maintainers are not interested in bugs being filed";
            case "bugzilla" -> "but the bugzilla issue couldn't be updated";
            default -> "but it got dropped for reason: '" + PythonFormat.str(item(m.body(), "reason")) + "'";
        };
    }

    private static String reason(Message m) {
        JsonNode reason = item(m.body(), "reason");
        return reason.isString() ? reason.stringValue() : null;
    }

    /**
     * The Fedora packages of the Anitya message that triggered the bug: the new mapping's
     * package, or every Fedora package the project is mapped to, in mapping order.
     */
    private static List<String> bugPackages(Message m) {
        JsonNode original = item(m.body(), "trigger", "msg");
        if (triggerTopic(m).endsWith(".project.map.new")) {
            return Collections.singletonList(strItemOrNull(original, "message", "new"));
        }
        List<String> packages = new ArrayList<>();
        JsonNode mappings = item(original, "message", "packages");
        if (!mappings.isArray()) {
            throw new IllegalArgumentException("TypeError: not a list: " + mappings);
        }
        for (JsonNode mapping : mappings) {
            if ("Fedora".equals(strItemOrNull(mapping, "distro"))) {
                packages.add(strItemOrNull(mapping, "package_name"));
            }
        }
        return packages;
    }

    private static String bugUrl(Message m) {
        return "https://bugzilla.redhat.com/" + PythonFormat.str(item(m.body(), "bug", "bug_id"));
    }

    private static String triggerTopic(Message m) {
        JsonNode topic = item(m.body(), "trigger", "topic");
        if (!topic.isString()) {
            throw new IllegalArgumentException("TypeError: topic is no str: " + topic);
        }
        return topic.stringValue();
    }

    /** {@code ", ".join(names)}, which raises for a None among them. */
    private static String join(List<String> names) {
        // (List.of() lists reject contains(null), hence the loop.)
        for (String name : names) {
            if (name == null) {
                throw new IllegalArgumentException("TypeError: expected str instance, NoneType found");
            }
        }
        return String.join(", ", names);
    }
}
