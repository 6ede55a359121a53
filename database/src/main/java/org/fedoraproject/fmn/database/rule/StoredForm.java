package org.fedoraproject.fmn.database.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.message.Severity;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.Filters;
import org.fedoraproject.fmn.rule.TrackingRule;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * How FMN stores the parts of a rule that are JSON: a tracking rule's params and one
 * {@code filters} row per filter. Written as FMN's API writes them, so FMN reads them back:
 * <ul>
 *   <li>user and group names as a list (sorted: the rule model keeps them as a set),
 *       followed artifacts as a list of {@code {"name", "type"}}, related-events as
 *       {@code null};
 *   <li>filters {@code applications} (lower-cased names), {@code severities} (names such as
 *       {@code "info"}, and {@code []} for FMN's default of info, warning and error),
 *       {@code topic} (a glob or {@code null}) and {@code my_actions} (a boolean), always;
 *       {@code excluded_applications} only when it excludes something, since an absent row
 *       means the same and FMN releases older than that filter refuse a row they do not
 *       know.
 * </ul>
 */
final class StoredForm {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StoredForm() {
    }

    /** A filter row: its name and its params as JSON text. */
    record FilterRow(String name, String params) {
    }

    /** The params of a tracking rule, as JSON text. */
    static String params(TrackingRule rule) {
        return switch (rule) {
            case TrackingRule.ArtifactsOwned owned -> sortedNames(owned.usernames());
            case TrackingRule.ArtifactsGroupOwned groupOwned -> sortedNames(groupOwned.groups());
            case TrackingRule.UsersFollowed followed -> sortedNames(followed.usernames());
            case TrackingRule.ArtifactsFollowed followed -> {
                ArrayNode list = NODES.arrayNode();
                for (Artifact artifact : followed.artifacts()) {
                    list.addObject().put("name", artifact.name()).put("type", artifact.type().key());
                }
                yield Json.MAPPER.writeValueAsString(list);
            }
            case TrackingRule.RelatedEvents related -> "null";
        };
    }

    /** The filter rows of a generation rule, in the order FMN's API writes them. */
    static List<FilterRow> filterRows(Filters filters) {
        List<FilterRow> rows = new ArrayList<>();
        rows.add(new FilterRow("applications", sortedNames(filters.applications())));
        if (!filters.excludedApplications().isEmpty()) {
            rows.add(new FilterRow("excluded_applications", sortedNames(filters.excludedApplications())));
        }
        ArrayNode severities = NODES.arrayNode();
        if (!filters.severities().equals(Filters.DEFAULT_SEVERITIES)) {
            for (Severity severity : Severity.values()) { // the enum's order: debug first
                if (filters.severities().contains(severity)) {
                    severities.add(severity.filterName());
                }
            }
        }
        rows.add(new FilterRow("severities", Json.MAPPER.writeValueAsString(severities)));
        rows.add(new FilterRow("topic", filters.topic() == null
                ? "null"
                : Json.MAPPER.writeValueAsString(NODES.stringNode(filters.topic().glob()))));
        rows.add(new FilterRow("my_actions", Boolean.toString(filters.myActions())));
        return rows;
    }

    private static String sortedNames(Collection<String> names) {
        ArrayNode list = NODES.arrayNode();
        names.stream().sorted().forEach(list::add);
        return Json.MAPPER.writeValueAsString(list);
    }
}
