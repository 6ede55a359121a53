package org.fedoraproject.fmn.schema.pagure;

import static org.fedoraproject.fmn.schema.pagure.PagureBody.agentNameText;
import static org.fedoraproject.fmn.schema.JsonValues.item;
import static org.fedoraproject.fmn.schema.JsonValues.joined;
import static org.fedoraproject.fmn.schema.pagure.PagureBody.str;

import java.util.List;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.PythonFormat;
import org.fedoraproject.fmn.schema.JsonValues;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;

import tools.jackson.databind.JsonNode;

/** pagure.pull-request.*: pull requests opened, updated, commented on, flagged, tagged and closed. */
final class PullRequestSchemas {

    private static final SchemaDefinition PULL_REQUEST = PagureSchemas.aboutObject("pullrequest");

    private PullRequestSchemas() {
    }

    static List<Schema> all() {
        return List.of(
                PULL_REQUEST.named("pagure.pull-request.new")
                        .summary(m -> "%s opened a pull-request %s: %s".formatted(
                                agentNameText(m), ref(m), str(m, "pullrequest", "title")))
                        .text(m -> "New Pull-Request: %s\nBy: %s".formatted(ref(m), agentNameText(m))),
                PULL_REQUEST.named("pagure.pull-request.updated")
                        .summary(m -> "%s updated the pull-request %s".formatted(agentNameText(m), ref(m)))
                        .text(m -> "Pull-request %s was updated\nBy: %s".formatted(ref(m), agentNameText(m))),
                PULL_REQUEST.named("pagure.pull-request.rebased")
                        .summary(m -> "%s rebased the pull-request %s".formatted(agentNameText(m), ref(m)))
                        .text(m -> "Pull-request %s was rebased\nBy: %s".formatted(ref(m), agentNameText(m))),
                PULL_REQUEST.named("pagure.pull-request.reopened")
                        .summary(m -> "%s re-opened the pull-request %s".formatted(agentNameText(m), ref(m)))
                        .text(m -> "Pull-request %s was re-opened\nBy: %s".formatted(ref(m), agentNameText(m))),
                PULL_REQUEST.named("pagure.pull-request.closed")
                        .summary(m -> "%s %s the pull-request %s".formatted(agentNameText(m), closing(m), ref(m)))
                        .text(m -> "Pull-Request: %s has been %s\nBy: %s".formatted(
                                ref(m), closing(m), agentNameText(m))),
                PULL_REQUEST.named("pagure.pull-request.assigned.added")
                        .summary(m -> "%s assigned the pull-request %s to %s".formatted(
                                agentNameText(m), ref(m), assignee(m)))
                        .text(m -> "Pull-request %s was assigned\nBy: %s".formatted(ref(m), agentNameText(m))),
                PULL_REQUEST.named("pagure.pull-request.assigned.reset")
                        .summary(m -> "%s reset the assignee of the pull-request %s".formatted(agentNameText(m), ref(m)))
                        .text(m -> "Pull-request %s was un-assigned\nBy: %s".formatted(ref(m), agentNameText(m))),
                PULL_REQUEST.named("pagure.pull-request.comment.added")
                        .summary(m -> "%s commented on the pull-request %s".formatted(agentNameText(m), ref(m)))
                        .text(m -> "Pull-Request: %s has a new comment\nBy: %s".formatted(ref(m), agentNameText(m)))
                        .url(m -> str(m, "pullrequest", "full_url") + "#comment-"
                                + PagureBody.lastCommentId(item(m.body(), "pullrequest"))),
                PULL_REQUEST.named("pagure.pull-request.comment.edited")
                        .summary(m -> "%s edited comment on the pull-request %s".formatted(agentNameText(m), ref(m)))
                        .text(m -> "Edited comment on Pull-Request: %s\nBy: %s".formatted(ref(m), agentNameText(m)))
                        .url(PullRequestSchemas::editedCommentUrl),
                PULL_REQUEST.named("pagure.pull-request.initial_comment.edited")
                        .summary(m -> "%s has edited the description of the pull-request %s".formatted(
                                agentNameText(m), ref(m)))
                        .text(m -> "Description of pull-request %s edited\nBy: %s".formatted(ref(m), agentNameText(m))),
                PULL_REQUEST.named("pagure.pull-request.flag.added")
                        .summary(m -> "Pull-request %s was flagged as %s by %s".formatted(
                                ref(m), str(m, "flag", "status"), str(m, "flag", "username")))
                        .text(m -> "New pull-request flag: %s %s\nBy: %s".formatted(
                                str(m, "flag", "username"), str(m, "flag", "status"), agentNameText(m))),
                PULL_REQUEST.named("pagure.pull-request.flag.updated")
                        .summary(m -> "%s updated flag on pull-request %s to %s".formatted(
                                str(m, "flag", "username"), ref(m), str(m, "flag", "status")))
                        .text(m -> "Pull-request flag updated: %s %s\nBy: %s".formatted(
                                str(m, "flag", "username"), str(m, "flag", "status"), agentNameText(m))),
                // Upstream writes "with" when tagging but "with:" when un-tagging; kept as it is.
                PULL_REQUEST.named("pagure.pull-request.tag.added")
                        .summary(m -> "%s tagged the pull-request %s with %s".formatted(agentNameText(m), ref(m), tags(m)))
                        .text(m -> "Pull-request %s was tagged\nBy: %s".formatted(ref(m), agentNameText(m))),
                PULL_REQUEST.named("pagure.pull-request.tag.removed")
                        .summary(m -> "%s un-tagged the pull-request %s with: %s".formatted(
                                agentNameText(m), ref(m), tags(m)))
                        .text(m -> "Pull-request %s was un-tagged\nBy: %s".formatted(ref(m), agentNameText(m))));
    }

    /** {@code project/name#id}, how pagure names a pull request. */
    private static String ref(Message m) {
        return str(m, "pullrequest", "project", "fullname") + "#" + str(m, "pullrequest", "id");
    }

    private static String closing(Message m) {
        return JsonValues.truthy(item(m.body(), "merged")) ? "merged" : "closed without merging";
    }

    /** A pull request can be assigned to nobody in particular (a null assignee). */
    private static String assignee(Message m) {
        JsonNode assignee = item(m.body(), "pullrequest").path("assignee");
        return assignee.isObject() ? PythonFormat.str(item(assignee, "name")) : "someone";
    }

    private static String tags(Message m) {
        return joined(", ", item(m.body(), "tags"));
    }

    /** The comment's anchor when there is a comment left to point at, else the pull request. */
    private static String editedCommentUrl(Message m) {
        String url = str(m, "pullrequest", "full_url");
        JsonNode comments = item(m.body(), "pullrequest", "comments");
        return comments.isArray() && !comments.isEmpty()
                ? url + "#comment-" + PagureBody.lastCommentId(item(m.body(), "pullrequest"))
                : url;
    }
}
