package org.fedoraproject.fmn.schema.pagure;

import static org.fedoraproject.fmn.schema.pagure.PagureBody.agent;
import static org.fedoraproject.fmn.schema.JsonValues.item;
import static org.fedoraproject.fmn.schema.JsonValues.joined;
import static org.fedoraproject.fmn.schema.pagure.PagureBody.str;

import java.util.ArrayList;
import java.util.List;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.PythonFormat;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;

import tools.jackson.databind.JsonNode;

/** pagure.issue.*: tickets opened, edited, assigned, tagged, commented on and deleted. */
final class IssueSchemas {

    private static final SchemaDefinition ISSUE = PagureSchemas.aboutObject("issue");

    private IssueSchemas() {
    }

    static List<Schema> all() {
        return List.of(
                ISSUE.named("pagure.issue.new")
                        .summary(m -> "%s created issue %s: %s".formatted(agent(m), ref(m), title(m)))
                        .text(m -> "New Issue: %s\nBy: %s".formatted(ref(m), agent(m))),
                ISSUE.named("pagure.issue.edit")
                        .summary(m -> "%s edited fields %s of issue %s: %s".formatted(
                                agent(m), joined(", ", item(m.body(), "fields")), ref(m), title(m)))
                        .text(m -> "Edited Issue: %s\nBy: %s".formatted(ref(m), agent(m))),
                ISSUE.named("pagure.issue.drop")
                        .summary(m -> "%s deleted issue %s: %s".formatted(agent(m), ref(m), title(m)))
                        .text(m -> "Issue deleted: %s\nBy: %s".formatted(ref(m), agent(m)))
                        // The issue is gone: link to the project's issue list instead.
                        .url(m -> str(m, "project", "full_url") + "/issues"),
                // An unassigned issue has a null assignee, and then upstream raises.
                ISSUE.named("pagure.issue.assigned.added")
                        .summary(m -> "%s assigned issue %s to %s".formatted(agent(m), ref(m), assignee(m)))
                        .text(m -> "Issue: %s assigned to %s\nBy: %s".formatted(ref(m), assignee(m), agent(m))),
                ISSUE.named("pagure.issue.assigned.reset")
                        .summary(m -> "%s reset the assignee on issue %s".formatted(agent(m), ref(m)))
                        .text(m -> "Issue un-assigned: %s\nBy: %s".formatted(ref(m), agent(m))),
                ISSUE.named("pagure.issue.dependency.added")
                        .summary(m -> "%s set the issue %s as depending on #%s".formatted(
                                agent(m), ref(m), str(m, "added_dependency")))
                        .text(m -> "Issue: %s depends on #%s\nBy: %s".formatted(
                                ref(m), str(m, "added_dependency"), agent(m))),
                ISSUE.named("pagure.issue.dependency.removed")
                        .summary(m -> "%s removed the dependency on #%s on the issue %s".formatted(
                                agent(m), removedDependencies(m), ref(m)))
                        .text(m -> "Issue: %s no longer depending on #%s\nBy: %s".formatted(
                                ref(m), removedDependencies(m), agent(m))),
                ISSUE.named("pagure.issue.comment.added")
                        .summary(m -> "%s commented on the issue %s".formatted(agent(m), ref(m)))
                        .text(m -> "Issue: %s has a new comment\nBy: %s".formatted(ref(m), agent(m)))
                        .url(m -> str(m, "issue", "full_url") + "#comment-"
                                + PagureBody.lastCommentId(item(m.body(), "issue"))),
                ISSUE.named("pagure.issue.tag.added")
                        .summary(m -> "%s tagged the issue %s with: %s".formatted(agent(m), ref(m), tags(m)))
                        .text(m -> "Issue: %s tagged with %s\nBy: %s".formatted(ref(m), tags(m), agent(m))),
                ISSUE.named("pagure.issue.tag.removed")
                        .summary(m -> "%s removed tags %s from issue %s".formatted(agent(m), tags(m), ref(m)))
                        .text(m -> "Issue: %s un-tagged with %s\nBy: %s".formatted(ref(m), tags(m), agent(m))));
    }

    /** {@code project/name#id}, how pagure names an issue. */
    private static String ref(Message m) {
        return str(m, "project", "fullname") + "#" + str(m, "issue", "id");
    }

    private static String title(Message m) {
        return str(m, "issue", "title");
    }

    private static String assignee(Message m) {
        return str(m, "issue", "assignee", "name");
    }

    private static String tags(Message m) {
        return joined(", ", item(m.body(), "tags"));
    }

    private static String removedDependencies(Message m) {
        List<String> ids = new ArrayList<>();
        for (JsonNode id : item(m.body(), "removed_dependency")) {
            ids.add(PythonFormat.str(id));
        }
        return String.join(", #", ids);
    }
}
