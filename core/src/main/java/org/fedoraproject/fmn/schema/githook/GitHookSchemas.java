package org.fedoraproject.fmn.schema.githook;

import static org.fedoraproject.fmn.schema.JsonValues.truthy;

import java.util.Collections;
import java.util.List;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.JsonValues;
import org.fedoraproject.fmn.schema.PythonFormat;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

import tools.jackson.databind.JsonNode;

/**
 * The schemas of fedora-messaging-git-hook-messages: the git hook of Fedora's dist-git
 * announcing each commit pushed, with its patch.
 */
public final class GitHookSchemas implements SchemaPackage {

    private static final SchemaDefinition GIT_HOOK = SchemaDefinition.template()
            .appName("Git")
            .appIcon("https://apps.fedoraproject.org/img/icons/git-logo.png")
            .agentName(GitHookSchemas::agent)
            // Upstream returns [agent] even without an agent, so a null stays in.
            .usernames(m -> Collections.singletonList(agent(m)))
            .groups(m -> {
                JsonNode group = JsonValues.at(m.body(), "group");
                return truthy(group) ? List.of(PythonFormat.str(group)) : List.of();
            })
            // The dist-git namespace of containers is singular here, unlike pagure's "containers".
            .packages(m -> nameIfNamespace(m, "rpms"))
            .containers(m -> nameIfNamespace(m, "container"))
            .modules(m -> nameIfNamespace(m, "modules"))
            .flatpaks(m -> nameIfNamespace(m, "flatpaks"));

    private static final List<Schema> SCHEMAS = List.of(
            GIT_HOOK.named("fedora_messaging_git_hook.commit.v1")
                    .summary(GitHookSchemas::commitSummary)
                    .text(GitHookSchemas::commitText)
                    .url(m -> nullable(commit(m, "url"))));

    @Override
    public String name() {
        return "fedora-messaging-git-hook-messages";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }

    private static String agent(Message m) {
        return JsonValues.string(m.body(), "agent");
    }

    /** e.g. {@code jdoe pushed to rpms/widget (rawhide). "Fix the build"}; no namespace, no prefix. */
    private static String commitSummary(Message m) {
        String repo = str(commit(m, "repo"));
        JsonNode namespace = JsonValues.at(m.body(), "commit", "namespace");
        if (truthy(namespace)) {
            repo = str(namespace) + "/" + repo;
        }
        return "%s pushed to %s (%s). \"%s\"".formatted(
                JsonValues.str(m.body(), "agent"), repo, str(commit(m, "branch")), str(commit(m, "summary")));
    }

    /** The commit as {@code git format-patch} shows it: mail headers, message, then the patch. */
    private static String commitText(Message m) {
        return "From %s Mon Sep 17 00:00:00 2001\nFrom: %s <%s>\nDate: %s\nSubject: %s\n\n%s\n---\n\n%s\n".formatted(
                str(commit(m, "rev")), str(commit(m, "name")), str(commit(m, "email")),
                str(commit(m, "date")), str(commit(m, "summary")), str(commit(m, "message")),
                str(commit(m, "patch")));
    }

    /** The repository's name when it lives in the given namespace; nothing for a body without commit. */
    private static List<String> nameIfNamespace(Message m, String namespace) {
        JsonNode actual = JsonValues.at(m.body(), "commit", "namespace");
        return actual.isString() && actual.stringValue().equals(namespace)
                ? List.of(str(commit(m, "repo")))
                : List.of();
    }

    /** {@code body["commit"][key]}: fails when either is missing, as upstream's indexing raises. */
    private static JsonNode commit(Message m, String key) {
        JsonNode value = JsonValues.at(m.body(), "commit", key);
        if (value.isMissingNode()) {
            throw new IllegalArgumentException("no commit." + key);
        }
        return value;
    }

    private static String str(JsonNode value) {
        return PythonFormat.str(value);
    }

    private static String nullable(JsonNode value) {
        return value.isNull() ? null : str(value);
    }
}
