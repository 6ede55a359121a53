package org.fedoraproject.fmn.schema.pagure;

import static org.fedoraproject.fmn.schema.pagure.PagureBody.agent;
import static org.fedoraproject.fmn.schema.JsonValues.item;
import static org.fedoraproject.fmn.schema.JsonValues.joined;
import static org.fedoraproject.fmn.schema.pagure.PagureBody.str;
import static org.fedoraproject.fmn.schema.pagure.PagureSchemas.PAGURE;

import java.util.List;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.Schema;

/** Commit flags (CI results on a commit), group edits and pagure's test notification. */
final class MiscSchemas {

    private MiscSchemas() {
    }

    static List<Schema> all() {
        return List.of(
                PAGURE.named("pagure.commit.flag.added")
                        .summary(m -> "Commit %s of project %s was flagged as %s by %s".formatted(
                                str(m, "flag", "commit_hash"), str(m, "repo", "fullname"),
                                str(m, "flag", "status"), str(m, "flag", "username")))
                        .text(MiscSchemas::flagText)
                        .url(MiscSchemas::commitUrl),
                PAGURE.named("pagure.commit.flag.updated")
                        .summary(m -> "%s updated flag on commit %s of project %s to %s".formatted(
                                str(m, "flag", "username"), str(m, "flag", "commit_hash"),
                                str(m, "repo", "fullname"), str(m, "flag", "status")))
                        // Upstream words an updated flag's text as a new one.
                        .text(MiscSchemas::flagText)
                        .url(MiscSchemas::commitUrl),
                PAGURE.named("pagure.group.edit")
                        .summary(m -> "%s edited the fields %s of the group %s".formatted(
                                agent(m), joined(", ", item(m.body(), "fields")), str(m, "group", "name")))
                        .text(m -> "Group edit: %s\nBy: %s".formatted(str(m, "group", "name"), agent(m)))
                        .url(m -> str(m, "group", "full_url")),
                PAGURE.named("pagure.Test.notification")
                        .summary(m -> "Test notification")
                        .textSameAsSummary()
                        .url(PagureSchemas::baseUrl));
    }

    private static String flagText(Message m) {
        return "New commit flag: %s %s\nBy: %s".formatted(
                str(m, "flag", "username"), str(m, "flag", "status"), agent(m));
    }

    private static String commitUrl(Message m) {
        return str(m, "repo", "full_url") + "/c/" + str(m, "flag", "commit_hash");
    }
}
