package org.fedoraproject.fmn.schema.pagure;

import static org.fedoraproject.fmn.schema.pagure.PagureBody.agent;
import static org.fedoraproject.fmn.schema.JsonValues.item;
import static org.fedoraproject.fmn.schema.JsonValues.joined;
import static org.fedoraproject.fmn.schema.pagure.PagureBody.str;
import static org.fedoraproject.fmn.schema.pagure.PagureSchemas.PAGURE;

import java.util.List;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;

/** pagure.project.*: projects created, edited, forked, deleted, and their members and tags. */
final class ProjectSchemas {

    private static final SchemaDefinition PROJECT = PAGURE.url(m -> str(m, "project", "full_url"));

    private ProjectSchemas() {
    }

    static List<Schema> all() {
        return List.of(
                PROJECT.named("pagure.project.new")
                        .summary(m -> "%s created project \"%s\"".formatted(agent(m), project(m)))
                        .text(m -> "New Project: %s\nBy: %s".formatted(project(m), agent(m))),
                PROJECT.named("pagure.project.edit")
                        .summary(m -> "%s edited the fields %s of project \"%s\"".formatted(
                                agent(m), joined(", ", item(m.body(), "fields")), project(m)))
                        .text(m -> "Project Edited: %s\nBy: %s".formatted(project(m), agent(m))),
                PROJECT.named("pagure.project.forked")
                        .summary(m -> "%s forked project \"%s\" to %s".formatted(
                                agent(m), str(m, "project", "parent", "fullname"), project(m)))
                        .text(m -> "Project: %s\nForked by: %s".formatted(
                                str(m, "project", "parent", "fullname"), agent(m))),
                PROJECT.named("pagure.project.deleted")
                        .summary(m -> "%s deleted project \"%s\"".formatted(agent(m), project(m)))
                        .text(m -> "Project: %s\nDeleted by: %s".formatted(project(m), agent(m))),
                PROJECT.named("pagure.project.group.added")
                        .summary(m -> "%s added the group %s to the project \"%s\" at the %s level".formatted(
                                agent(m), str(m, "new_group"), project(m), str(m, "access")))
                        .text(m -> "Group: %s added to %s as %s\nBy: %s".formatted(
                                str(m, "new_group"), project(m), str(m, "access"), agent(m))),
                PROJECT.named("pagure.project.group.access.updated")
                        .summary(m -> "%s updated the access of group %s to %s on the project \"%s\"".formatted(
                                agent(m), str(m, "new_group"), str(m, "new_access"), project(m)))
                        .text(m -> "Group: %s access updated to %s on %s\nBy: %s".formatted(
                                str(m, "new_group"), str(m, "new_access"), project(m), agent(m))),
                PROJECT.named("pagure.project.group.removed")
                        .summary(m -> "%s removed the group(s) %s from the project \"%s\"".formatted(
                                agent(m), removedGroups(m), project(m)))
                        .text(m -> "Group(s) %s removed from %s\nBy: %s".formatted(
                                removedGroups(m), project(m), agent(m))),
                PROJECT.named("pagure.project.tag.edited")
                        .summary(m -> "%s edited the tag %s on the project \"%s\"".formatted(
                                agent(m), str(m, "new_tag"), project(m)))
                        .text(m -> "Tag: %s edited on %s\nBy: %s".formatted(
                                str(m, "new_tag"), project(m), agent(m))),
                PROJECT.named("pagure.project.tag.removed")
                        .summary(m -> "%s removed the tag(s) %s of project \"%s\"".formatted(
                                agent(m), tags(m), project(m)))
                        .text(m -> "Tag(s): %s removed from %s\nBy: %s".formatted(tags(m), project(m), agent(m))),
                PROJECT.named("pagure.project.user.access.updated")
                        .summary(m -> "%s updated the access of %s to %s on the project \"%s\"".formatted(
                                agent(m), str(m, "new_user"), str(m, "new_access"), project(m)))
                        .text(m -> "User: %s access edited to %s on %s\nBy: %s".formatted(
                                str(m, "new_user"), str(m, "new_access"), project(m), agent(m))),
                PROJECT.named("pagure.project.user.added")
                        .summary(m -> "%s added the %s to the project \"%s\"".formatted(
                                agent(m), str(m, "new_user"), project(m)))
                        .text(m -> "User: %s added to %s\nBy: %s".formatted(str(m, "new_user"), project(m), agent(m))),
                PROJECT.named("pagure.project.user.removed")
                        .summary(m -> "%s removed the %s from the project \"%s\"".formatted(
                                agent(m), str(m, "removed_user"), project(m)))
                        .text(m -> "User: %s removed from %s\nBy: %s".formatted(
                                str(m, "removed_user"), project(m), agent(m))));
    }

    private static String project(Message m) {
        return str(m, "project", "fullname");
    }

    private static String removedGroups(Message m) {
        return joined(", ", item(m.body(), "removed_groups"));
    }

    private static String tags(Message m) {
        return joined(", ", item(m.body(), "tags"));
    }
}
