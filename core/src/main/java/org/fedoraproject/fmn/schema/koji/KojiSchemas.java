package org.fedoraproject.fmn.schema.koji;

import static org.fedoraproject.fmn.schema.JsonValues.item;
import static org.fedoraproject.fmn.schema.JsonValues.truthy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.JsonValues;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

import tools.jackson.databind.JsonNode;

/**
 * The schemas of koji-fedoramessaging-messages (1.3), every {@code fedora.messages} entry point
 * it registers. None is deprecated upstream.
 */
public final class KojiSchemas implements SchemaPackage {

    /**
     * The package's base class: no agent unless a schema says who acted, the agent as the only
     * user, and the summary as the long text.
     */
    static final SchemaDefinition KOJI = SchemaDefinition.template()
            .appName("Koji")
            .appIcon("https://apps.fedoraproject.org/img/icons/koji.png")
            .textSameAsSummary();

    private static final List<Schema> SCHEMAS = List.of(
            BuildStateChange.schema(),
            packageListChange(),
            // Repo messages override nothing: their summary (and so their text) is the topic.
            KOJI.named("koji_fedoramessaging.repo.DoneV1"),
            KOJI.named("koji_fedoramessaging.repo.InitV1"),
            rpmSign(),
            tag("koji_fedoramessaging.tag.TagV1", "tagged into"),
            tag("koji_fedoramessaging.tag.UntagV1", "untagged from"),
            taskStateChange());

    @Override
    public String name() {
        return "koji-fedoramessaging-messages";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }

    /** The base class's usernames for a given agent: the agent alone, when there is one. */
    private static SchemaDefinition withAgent(SchemaDefinition definition, Function<Message, String> agent) {
        return definition.agentName(agent).usernames(m -> {
            String name = agent.apply(m);
            return name == null || name.isEmpty() ? List.of() : List.of(name);
        });
    }

    /** {@code [x] if x else []} for a body value. */
    private static List<String> listIfTruthy(JsonNode value) {
        return truthy(value) ? List.of(JsonValues.str(value)) : List.of();
    }

    private static Schema packageListChange() {
        return withAgent(KOJI, m -> JsonValues.string(m.body(), "owner"))
                .named("koji_fedoramessaging.package.ListChangeV1")
                .packages(m -> listIfTruthy(m.body().path("package")))
                // The double space is upstream's.
                .summary(m -> "Package list change for " + JsonValues.str(m.body(), "package") + ":  "
                        + JsonValues.str(m.body(), "tag"));
    }

    /**
     * An rpm was signed. Bodies from before the build details were added name no owner and no
     * package; a body without its rpm has no summary.
     */
    private static Schema rpmSign() {
        return withAgent(KOJI, m -> buildDetail(m, "owner_name"))
                .named("koji_fedoramessaging.rpm.SignV1")
                .packages(m -> {
                    String name = buildDetail(m, "name");
                    return name == null || name.isEmpty() ? List.of() : List.of(name);
                })
                .summary(m -> {
                    JsonNode rpm = m.body().path("rpm");
                    if (!rpm.isObject()) {
                        throw new IllegalArgumentException("no rpm to name");
                    }
                    return "rpm " + JsonValues.str(rpm, "name") + "-" + JsonValues.str(rpm, "version") + "-"
                            + JsonValues.str(rpm, "release") + " was signed";
                });
    }

    /** {@code body["build"][key]}, or null when either key is absent (upstream catches only KeyError). */
    private static String buildDetail(Message message, String key) {
        if (!message.body().has("build")) {
            return null;
        }
        JsonNode build = message.body().get("build");
        if (!build.isObject()) {
            throw new IllegalArgumentException("build is not a dict");
        }
        return build.has(key) ? JsonValues.string(build, key) : null;
    }

    /**
     * A build was tagged or untagged. The user who did it is the agent, and the build's owner is
     * among the users too.
     */
    private static Schema tag(String name, String action) {
        Function<Message, String> user = m -> JsonValues.string(m.body(), "user");
        return KOJI.named(name)
                .agentName(user)
                .usernames(m -> {
                    List<String> users = new ArrayList<>();
                    for (String candidate : new String[] {user.apply(m), JsonValues.string(m.body(), "owner")}) {
                        if (candidate != null) {
                            users.add(candidate);
                        }
                    }
                    return users;
                })
                .packages(m -> listIfTruthy(m.body().path("name")))
                .summary(m -> JsonValues.str(m.body(), "name") + "-" + JsonValues.str(m.body(), "version") + "-"
                        + JsonValues.str(m.body(), "release") + " was " + action + " "
                        + JsonValues.str(m.body(), "tag") + " by " + JsonValues.str(m.body(), "user"));
    }

    private static Schema taskStateChange() {
        return withAgent(KOJI, m -> JsonValues.string(item(m.body(), "owner")))
                .named("koji_fedoramessaging.task.TaskStateChangeV1")
                .summary(m -> "Task " + JsonValues.str(item(m.body(), "new")) + " -- "
                        + PythonValues.strOrEmpty(item(m.body(), "method")) + " ("
                        + PythonValues.strOrEmpty(item(m.body(), "srpm")) + " "
                        + PythonValues.strOrEmpty(item(m.body(), "info", "arch")) + ")")
                .text(m -> TaskText.of(item(m.body(), "info"), item(m.body(), "files_base_url")))
                .url(m -> JsonValues.string(item(m.body(), "info", "url")));
    }
}
