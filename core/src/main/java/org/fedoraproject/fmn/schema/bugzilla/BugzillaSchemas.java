package org.fedoraproject.fmn.schema.bugzilla;

import static org.fedoraproject.fmn.schema.JsonValues.item;
import static org.fedoraproject.fmn.schema.JsonValues.str;
import static org.fedoraproject.fmn.schema.JsonValues.string;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.JsonValues;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

import tools.jackson.databind.JsonNode;

/**
 * The schemas of bugzilla2fedmsg-schema: Red Hat Bugzilla events relayed to the bus.
 *
 * <p>The relay looks the people up in FAS before publishing and stores the result in the body
 * ({@code agent_name}, {@code usernames}), so the schema only reads them back. The two schemas
 * differ in how the bug's component is stored: an object in the plain format, its bare name in
 * the Bugzilla 4 compatible one.
 */
public final class BugzillaSchemas implements SchemaPackage {

    /** Bugzilla components that are not Fedora packages. */
    private static final Set<String> NOT_PACKAGES = Set.of(
            "distribution",
            "LiveCD",
            "LiveCD - FEL",
            "LiveCD - Games",
            "LiveCD - KDE",
            "LiveCD - LXDE",
            "LiveCD - Xfce",
            "Package Review");

    private static final int TITLE_LIMIT = 40;

    private static final SchemaDefinition BUGZILLA = SchemaDefinition.template()
            .appName("Bugzilla")
            .appIcon("https://bugzilla.redhat.com/extensions/RedHat/web/css/favicon.ico?v=0")
            .agentName(m -> string(m.body(), "agent_name"))
            .usernames(m -> JsonValues.strings(m.body().path("usernames")))
            .summary(BugzillaSchemas::summary)
            .textSameAsSummary()
            .url(m -> "https://bugzilla.redhat.com/show_bug.cgi?id=" + str(item(m.body(), "bug", "id")));

    private static final List<Schema> SCHEMAS = List.of(
            BUGZILLA.named("bugzilla2fedmsg.messageV1bz4")
                    .packages(packagesOf(m -> item(m.body(), "bug", "component"))),
            BUGZILLA.named("bugzilla2fedmsg.messageV1")
                    .packages(packagesOf(m -> item(m.body(), "bug", "component", "name"))));

    @Override
    public String name() {
        return "bugzilla2fedmsg-schema";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }

    private static Function<Message, List<String>> packagesOf(Function<Message, JsonNode> component) {
        return m -> {
            String name = str(component.apply(m));
            return NOT_PACKAGES.contains(name) ? List.of() : List.of(name);
        };
    }

    private static String summary(Message m) {
        JsonNode event = item(m.body(), "event");
        String agent = string(m.body(), "agent_name");
        // the FAS name when the relay found one, else the Bugzilla login (an email address)
        String user = agent != null && !agent.isEmpty() ? agent : str(item(event, "user", "login"));
        String id = str(item(m.body(), "bug", "id"));
        String title = shortened(str(item(m.body(), "bug", "summary")));
        String action = str(item(event, "action"));
        String target = str(item(event, "target"));

        if (target.equals("bug") && action.equals("create")) {
            return user + " filed a new bug RHBZ#" + id + " '" + title + "'";
        }
        if (action.equals("create")) {
            return user + " added " + target + " on RHBZ#" + id + " '" + title + "'";
        }
        List<String> fields = new ArrayList<>();
        for (JsonNode change : event.path("changes")) {
            fields.add(str(item(change, "field")));
        }
        String changed = commaJoin(fields);
        if (target.equals("bug")) {
            return user + " updated " + changed + " on RHBZ#" + id + " '" + title + "'";
        }
        return user + " updated " + changed + " for " + target + " on RHBZ#" + id + " '" + title + "'";
    }

    /** The first 40 characters (code points, as Python counts them) and an ellipsis. */
    private static String shortened(String title) {
        if (title.codePointCount(0, title.length()) <= TITLE_LIMIT) {
            return title;
        }
        return title.substring(0, title.offsetByCodePoints(0, TITLE_LIMIT)) + "...";
    }

    /** {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b', and 'c'} (with the Oxford comma). */
    static String commaJoin(List<String> fields) {
        List<String> quoted = fields.stream().map(f -> "'" + f + "'").toList();
        return switch (quoted.size()) {
            // modify events without changes do happen
            case 0 -> "something unknown";
            case 1 -> quoted.get(0);
            case 2 -> quoted.get(0) + " and " + quoted.get(1);
            default -> String.join(", ", quoted.subList(0, quoted.size() - 1))
                    + ", and " + quoted.get(quoted.size() - 1);
        };
    }
}
