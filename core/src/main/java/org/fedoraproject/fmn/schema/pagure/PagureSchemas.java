package org.fedoraproject.fmn.schema.pagure;

import static org.fedoraproject.fmn.schema.JsonValues.item;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.PythonFormat;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

import tools.jackson.databind.JsonNode;

/**
 * The schemas of pagure-messages: what the Pagure forge publishes about projects, issues,
 * pull requests, git pushes, commit flags and groups. The schemas are split the way the Python
 * package splits its modules.
 */
public final class PagureSchemas implements SchemaPackage {

    /** What every pagure message shares: the app, and the agent as the one user concerned. */
    static final SchemaDefinition PAGURE = SchemaDefinition.template()
            .appName("Pagure")
            .appIcon("https://apps.fedoraproject.org/img/icons/pagure.png")
            .agentName(PagureBody::agentName)
            // Upstream returns [agent] even when the body has no agent, so a null stays in.
            .usernames(m -> Collections.singletonList(PagureBody.agentName(m)));

    private static final List<Schema> SCHEMAS = Stream.of(
                    ProjectSchemas.all(),
                    IssueSchemas.all(),
                    MiscSchemas.all(),
                    PullRequestSchemas.all(),
                    GitSchemas.all())
            .flatMap(List::stream)
            .toList();

    @Override
    public String name() {
        return "pagure-messages";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }

    /**
     * The template of messages about one issue or pull request (the body key {@code object}):
     * it links to that object and concerns the agent, its author and its assignee.
     */
    static SchemaDefinition aboutObject(String object) {
        return PAGURE
                .usernames(m -> objectUsernames(m, object))
                .url(m -> PythonFormat.str(item(m.body(), object, "full_url")));
    }

    private static List<String> objectUsernames(Message m, String object) {
        List<String> names = new ArrayList<>();
        names.add(PagureBody.agentName(m));
        names.add(name(item(m.body(), object, "user", "name")));
        // An unassigned object (no assignee, or null) just adds nobody.
        JsonNode assignee = m.body().path(object).path("assignee");
        if (assignee.isObject() && assignee.has("name")) {
            names.add(name(assignee.get("name")));
        }
        return PagureBody.prettyList(names);
    }

    private static String name(JsonNode value) {
        return value.isNull() ? null : PythonFormat.str(value);
    }

    /** Pagure's own address, or its staging one for staging topics. */
    static String baseUrl(Message m) {
        return m.topic().contains(".stg.") ? "https://stg.pagure.io" : "https://pagure.io";
    }
}
