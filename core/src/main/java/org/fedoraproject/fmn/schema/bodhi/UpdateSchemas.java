package org.fedoraproject.fmn.schema.bodhi;

import static org.fedoraproject.fmn.schema.JsonValues.item;
import static org.fedoraproject.fmn.schema.bodhi.BodhiBase.BODY_AGENT;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.PythonFormat;
import org.fedoraproject.fmn.schema.JsonValues;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.bodhi.BodhiBase.Update;

import tools.jackson.databind.JsonNode;

/** The {@code bodhi.update.*} schemas (bodhi's {@code update} module) and the errata one. */
final class UpdateSchemas {

    private static final Function<Message, Update> BODY_UPDATE = m -> Update.of(item(m.body(), "update"));
    private static final Function<Message, Update> COMMENT_UPDATE =
            m -> Update.of(item(m.body(), "comment", "update"));

    /** The agent as an f-string shows it ({@code None} when the body has none). */
    private static final Function<Message, String> BODY_AGENT_STR = m -> String.valueOf(BODY_AGENT.apply(m));

    /** Bodhi's {@code UpdateMessage}, reading the update at {@code body.update}. */
    private static final SchemaDefinition UPDATE = updateMessage(BodhiBase.TEMPLATE, BODY_AGENT, BODY_UPDATE)
            .textSameAsSummary();

    private UpdateSchemas() {
    }

    static List<Schema> all() {
        return List.of(
                comment(),
                UPDATE.named("bodhi.update.complete.stable.v1")
                        .summary(m -> completedSummary(BODY_UPDATE.apply(m)))
                        .text(m -> completedText(BODY_UPDATE.apply(m))),
                UPDATE.named("bodhi.update.complete.testing.v1")
                        .summary(m -> completedSummary(BODY_UPDATE.apply(m)))
                        .text(m -> completedText(BODY_UPDATE.apply(m))),
                UPDATE.named("bodhi.update.edit.v1")
                        .summary(UpdateSchemas::editSummary)
                        .text(m -> BODY_AGENT_STR.apply(m) + " edited " + BODY_UPDATE.apply(m).alias()
                                + " adding " + length(m, "new_bugs") + " new bugs"),
                UPDATE.named("bodhi.update.edit.v2")
                        .summary(UpdateSchemas::editSummary)
                        .text(m -> BODY_AGENT_STR.apply(m) + " edited " + BODY_UPDATE.apply(m).alias()
                                + " adding " + length(m, "new_bugs") + " new bug(s), adding "
                                + length(m, "new_builds") + " build(s), and removing "
                                + length(m, "removed_builds") + " build(s)"),
                UPDATE.named("bodhi.update.eject.v1")
                        .summary(m -> {
                            Update update = BODY_UPDATE.apply(m);
                            return update.user() + "'s " + update.buildsSummary()
                                    + " bodhi update was ejected from the " + JsonValues.str(item(m.body(), "repo"))
                                    + " mash. Reason: \"" + JsonValues.str(item(m.body(), "reason")) + "\"";
                        }),
                UPDATE.named("bodhi.update.karma.threshold.v1")
                        .summary(m -> {
                            Update update = BODY_UPDATE.apply(m);
                            return update.user() + "'s " + update.buildsSummary() + " bodhi update has reached the "
                                    + JsonValues.str(item(m.body(), "status")) + " karma threshold";
                        })
                        .text(m -> {
                            Update update = BODY_UPDATE.apply(m);
                            return update.user() + "'s bodhi update " + update.alias() + " has reached the "
                                    + JsonValues.str(item(m.body(), "status")) + " karma threshold.\nBuilds:\n"
                                    + update.buildsLines();
                        }),
                request("bodhi.update.request.obsolete.v1"),
                request("bodhi.update.request.revoke.v1"),
                request("bodhi.update.request.stable.v1"),
                request("bodhi.update.request.testing.v1"),
                request("bodhi.update.request.unpush.v1"),
                UPDATE.named("bodhi.update.requirements_met.stable.v1")
                        .summary(m -> {
                            Update update = BODY_UPDATE.apply(m);
                            return update.user() + "'s " + update.buildsSummary()
                                    + " bodhi update has met stable testing requirements";
                        })
                        .text(m -> {
                            Update update = BODY_UPDATE.apply(m);
                            return update.user() + "'s Bodhi update " + update.alias()
                                    + " has met stable testing requirements.\nBuilds:\n" + update.buildsLines();
                        }),
                readyForTestingV1(),
                readyForTestingV2(),
                UPDATE.named("bodhi.update.status.testing.v3")
                        .summary(m -> {
                            Update update = BODY_UPDATE.apply(m);
                            return update.user() + "'s " + update.buildsSummary() + " bodhi update is ready for testing";
                        })
                        .text(m -> {
                            Update update = BODY_UPDATE.apply(m);
                            return update.user() + "'s Bodhi update " + update.alias() + " is ready for testing\n"
                                    + "Builds:\n" + update.buildsLines() + " ";
                        }),
                errata());
    }

    /**
     * Bodhi's {@code UpdateMessage} behaviour on top of a definition: the update's packages and
     * URL, and its submitter among the usernames.
     */
    private static SchemaDefinition updateMessage(SchemaDefinition base, Function<Message, String> agent,
            Function<Message, Update> update) {
        return BodhiBase.withAgent(base, agent)
                .usernames(m -> {
                    TreeSet<String> users = new TreeSet<>(PythonFormat.CODE_POINT_ORDER);
                    users.addAll(BodhiBase.baseUsernames(m, agent.apply(m)));
                    users.add(update.apply(m).user());
                    return List.copyOf(users);
                })
                .packages(m -> update.apply(m).packages())
                .url(m -> BodhiBase.updateUrl(update.apply(m).alias()));
    }

    private static Schema comment() {
        Function<Message, String> commenter = m -> item(m.body(), "comment", "user", "name").stringValue();
        return updateMessage(BodhiBase.TEMPLATE, commenter, COMMENT_UPDATE)
                .named("bodhi.update.comment.v1")
                .summary(m -> commenter.apply(m) + " commented on update " + COMMENT_UPDATE.apply(m).buildsSummary()
                        + " (karma: " + JsonValues.str(item(m.body(), "comment", "karma")) + ")")
                .text(m -> {
                    Update update = COMMENT_UPDATE.apply(m);
                    return commenter.apply(m) + " commented on " + update.user() + "'s update " + update.alias()
                            + " with karma " + JsonValues.str(item(m.body(), "comment", "karma")) + ":\n\n"
                            + JsonValues.str(item(m.body(), "comment", "text")) + "\n\nBuilds:\n"
                            + update.buildsLines();
                });
    }

    private static String completedSummary(Update update) {
        return update.user() + "'s " + update.buildsSummary() + " bodhi update completed push to " + update.status();
    }

    // The trailing space after the builds is upstream's.
    private static String completedText(Update update) {
        return update.user() + "'s Bodhi update " + update.alias() + " completed push to " + update.status()
                + "\nBuilds:\n" + update.buildsLines() + " ";
    }

    private static String editSummary(Message message) {
        Update update = BODY_UPDATE.apply(message);
        return BODY_AGENT_STR.apply(message) + " edited " + ownerQualifier(message, update) + " update "
                + update.alias() + " (" + update.buildsSummary() + ")";
    }

    /** "their" when the agent owns the update, else the owner's possessive. */
    private static String ownerQualifier(Message message, Update update) {
        return update.user().equals(BODY_AGENT.apply(message)) ? "their" : update.user() + "'s";
    }

    /** Python's {@code len()} of a body value. */
    private static int length(Message message, String key) {
        JsonNode value = item(message.body(), key);
        if (value.isString()) {
            String s = value.stringValue();
            return s.codePointCount(0, s.length());
        }
        if (value.isArray() || value.isObject()) {
            return value.size();
        }
        throw new IllegalArgumentException(key + " has no length");
    }

    /**
     * A request message: the request is the topic's last word. Withdrawing requests read
     * "ralph revoked their update ...", the others "ralph submitted their update ... to stable".
     */
    private static Schema request(String name) {
        return UPDATE.named(name)
                .summary(m -> {
                    Update update = BODY_UPDATE.apply(m);
                    String request = requestOf(m);
                    String head = BODY_AGENT_STR.apply(m) + " " + requestAction(request) + " "
                            + ownerQualifier(m, update) + " update " + update.alias() + " (" + update.buildsSummary()
                            + ")";
                    return isWithdrawal(request) ? head : head + " to " + request;
                })
                .text(m -> {
                    Update update = BODY_UPDATE.apply(m);
                    String request = requestOf(m);
                    return BODY_AGENT_STR.apply(m) + " " + requestAction(request) + " " + ownerQualifier(m, update)
                            + " update " + update.alias() + (isWithdrawal(request) ? "" : " to " + request)
                            + ".\nBuilds:\n" + update.buildsLines();
                });
    }

    private static String requestOf(Message message) {
        String topic = message.topic();
        return topic.substring(topic.lastIndexOf('.') + 1);
    }

    private static boolean isWithdrawal(String request) {
        return request.equals("unpush") || request.equals("obsolete") || request.equals("revoke");
    }

    /** Bodhi's {@code past_tense} for withdrawals ("revoked", "unpushed"), else "submitted". */
    private static String requestAction(String request) {
        if (!isWithdrawal(request)) {
            return "submitted";
        }
        return request + (request.endsWith("e") ? "d" : "ed");
    }

    /**
     * The first "ready for testing" message, which predates the update in the body: it names
     * the contact, and takes users and packages from the artifact's builds.
     */
    private static SchemaDefinition readyForTesting(Function<Message, String> owner) {
        return BodhiBase.TEMPLATE
                .summary(m -> owner.apply(m) + "'s " + BodhiBase.truncate(String.join(" ", artifactNvrs(m)))
                        + " bodhi update is ready for testing")
                .text(m -> owner.apply(m) + "'s Bodhi update is ready for testing\nBuilds:\n"
                        + String.join("\n", artifactNvrs(m)) + " ")
                .url(m -> BodhiBase.updateUrl(JsonValues.str(item(m.body(), "artifact", "id"))))
                .usernames(m -> {
                    TreeSet<String> users = new TreeSet<>(PythonFormat.CODE_POINT_ORDER);
                    artifactBuilds(m).forEach(b -> users.add(item(b, "issuer").stringValue()));
                    String agent = BODY_AGENT.apply(m);
                    if (agent != null && !agent.isEmpty()) {
                        users.add(agent);
                    }
                    return List.copyOf(users);
                })
                .packages(m -> {
                    TreeSet<String> packages = new TreeSet<>(PythonFormat.CODE_POINT_ORDER);
                    artifactBuilds(m).forEach(b -> packages.add(item(b, "component").stringValue()));
                    return List.copyOf(packages);
                });
    }

    private static Schema readyForTestingV1() {
        return readyForTesting(m -> JsonValues.str(item(m.body(), "contact", "name")))
                .named("bodhi.update.status.testing.v1");
    }

    private static Schema readyForTestingV2() {
        return readyForTesting(m -> JsonValues.str(item(m.body(), "update", "user", "name")))
                .named("bodhi.update.status.testing.v2");
    }

    private static Iterable<JsonNode> artifactBuilds(Message message) {
        return item(message.body(), "artifact", "builds").values();
    }

    private static List<String> artifactNvrs(Message message) {
        return item(message.body(), "artifact", "builds").valueStream()
                .map(b -> item(b, "nvr").stringValue())
                .toList();
    }

    /** An errata: its own subject and body, the update's submitter as agent. */
    private static Schema errata() {
        return BodhiBase.withAgent(BodhiBase.TEMPLATE, m -> BODY_UPDATE.apply(m).user())
                .named("bodhi.errata.publish.v1")
                .packages(m -> BODY_UPDATE.apply(m).packages())
                .summary(m -> JsonValues.str(item(m.body(), "subject")))
                .text(m -> JsonValues.str(item(m.body(), "body")))
                .url(m -> BodhiBase.updateUrl(BODY_UPDATE.apply(m).alias()));
    }
}
