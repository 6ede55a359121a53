package org.fedoraproject.fmn.schema.pagure;

import static org.fedoraproject.fmn.schema.pagure.PagureBody.agent;
import static org.fedoraproject.fmn.schema.JsonValues.item;
import static org.fedoraproject.fmn.schema.pagure.PagureBody.str;
import static org.fedoraproject.fmn.schema.pagure.PagureSchemas.PAGURE;

import java.util.ArrayList;
import java.util.List;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.JsonValues;
import org.fedoraproject.fmn.schema.PythonFormat;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;

import tools.jackson.databind.JsonNode;

/**
 * pagure.git.*: pushes, branches and tags. These are the only pagure messages that name
 * dist-git artifacts: the repository is a package, container, module or flatpak according to
 * its namespace.
 */
final class GitSchemas {

    private static final SchemaDefinition GIT = PAGURE
            .packages(m -> nameIfNamespace(m, "rpms"))
            .containers(m -> nameIfNamespace(m, "containers"))
            .modules(m -> nameIfNamespace(m, "modules"))
            .flatpaks(m -> nameIfNamespace(m, "flatpaks"));

    private GitSchemas() {
    }

    static List<Schema> all() {
        return List.of(
                GIT.named("pagure.git.receive")
                        // Always "commits" here, even for one.
                        .summary(m -> "%s pushed %s commits on %s (branch: %s)".formatted(
                                agent(m), str(m, "total_commits"), repo(m), shortBranch(m)))
                        .text(GitSchemas::receiveText)
                        .url(GitSchemas::receiveUrl),
                GIT.named("pagure.git.branch.creation")
                        .summary(m -> "%s created the branch %s on %s".formatted(agent(m), str(m, "branch"), repo(m)))
                        .text(m -> "Git branch: %s created\nBy: %s".formatted(str(m, "branch"), agent(m)))
                        .url(m -> str(m, "repo", "full_url") + "/tree/" + shortBranch(m)),
                GIT.named("pagure.git.branch.deletion")
                        .summary(m -> "%s deleted the branch %s on %s".formatted(agent(m), str(m, "branch"), repo(m)))
                        .text(m -> "Git branch: %s deleted\nBy: %s".formatted(str(m, "branch"), agent(m)))
                        .url(m -> str(m, "repo", "full_url")),
                GIT.named("pagure.git.tag.creation")
                        .summary(m -> "%s tagged the commit %s on %s as %s".formatted(
                                agent(m), str(m, "rev"), repo(m), str(m, "tag")))
                        .text(m -> "Git tag: %s created\nBy: %s".formatted(str(m, "tag"), agent(m)))
                        .url(m -> str(m, "repo", "full_url") + "/commits/" + str(m, "tag")),
                GIT.named("pagure.git.tag.deletion")
                        .summary(m -> "%s deleted the tag %s of commit %s on %s".formatted(
                                agent(m), str(m, "tag"), str(m, "rev"), repo(m)))
                        .text(m -> "Git tag: %s deleted\nBy: %s".formatted(str(m, "tag"), agent(m)))
                        .url(m -> str(m, "repo", "full_url") + "/releases"));
    }

    private static List<String> nameIfNamespace(Message m, String namespace) {
        JsonNode actual = item(m.body(), "repo", "namespace");
        return actual.isString() && actual.stringValue().equals(namespace)
                ? List.of(str(m, "repo", "name"))
                : List.of();
    }

    private static String repo(Message m) {
        return str(m, "repo", "fullname");
    }

    private static String shortBranch(Message m) {
        return str(m, "branch").replace("refs/heads/", "");
    }

    /**
     * Who pushed how many commits where, e.g. {@code "Jane Doe (jdoe) pushed 1 commit on ns/repo.\nBranch: main\n"}.
     * Unlike the summary, the text says "commit" for a single one.
     */
    private static String receiveText(Message m) {
        return "%s pushed %s commit%s on %s.\nBranch: %s\n".formatted(
                authors(m), str(m, "total_commits"), commits(m) > 1 ? "s" : "", repo(m), shortBranch(m));
    }

    /** Every author as "Full Name (username)". */
    private static String authors(Message m) {
        List<String> authors = new ArrayList<>();
        for (JsonNode author : item(m.body(), "authors")) {
            authors.add(PythonFormat.str(item(author, "fullname")) + " (" + PythonFormat.str(item(author, "name")) + ")");
        }
        return String.join(", ", authors);
    }

    /** One commit links to that commit, several to the range they were pushed on top of. */
    private static String receiveUrl(Message m) {
        String commit = commits(m) > 1
                ? str(m, "old_commit") + ".." + str(m, "end_commit")
                : str(m, "end_commit");
        return str(m, "repo", "full_url") + "/c/" + commit;
    }

    private static double commits(Message m) {
        JsonNode count = item(m.body(), "total_commits");
        if (!count.isNumber()) {
            throw new IllegalArgumentException("total_commits is no number: " + count);
        }
        return JsonValues.number(count);
    }
}
