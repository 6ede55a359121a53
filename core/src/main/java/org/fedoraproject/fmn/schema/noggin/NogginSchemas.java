package org.fedoraproject.fmn.schema.noggin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

import tools.jackson.databind.JsonNode;

/** The schemas of noggin-messages: Fedora Accounts (FAS) events, whose facts sit under {@code msg}. */
public final class NogginSchemas implements SchemaPackage {

    private static final SchemaDefinition NOGGIN = SchemaDefinition.template()
            .appName("FAS")
            .agentName(NogginSchemas::agent)
            .usernames(NogginSchemas::agentAndUserSorted)
            .textSameAsSummary();

    private static final List<Schema> SCHEMAS = List.of(
            NOGGIN.named("noggin.group.member.sponsor.v1")
                    .groups(m -> List.of(msgField(m, "group")))
                    // Upstream glues the group name to "the group" without a space; kept as is.
                    .summary(m -> "Sponsor " + agent(m) + " added " + user(m) + " to the group"
                            + msgField(m, "group")),
            NOGGIN.named("noggin.user.create.v1")
                    .summary(NogginSchemas::userCreateSummary),
            NOGGIN.named("noggin.user.update.v1")
                    .summary(NogginSchemas::userUpdateSummary)
                    .text(NogginSchemas::userUpdateText));

    @Override
    public String name() {
        return "noggin-messages";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }

    private static String agent(Message m) {
        return msgField(m, "agent");
    }

    private static String user(Message m) {
        return msgField(m, "user");
    }

    /** A string under {@code msg}; absent or not a string fails, as the upstream lookup would. */
    private static String msgField(Message m, String key) {
        JsonNode value = m.body().required("msg").required(key);
        if (!value.isString()) {
            throw new IllegalArgumentException("msg." + key + " is not a string");
        }
        return value.stringValue();
    }

    // Upstream sorts the pair and does not remove a repeat: a user acting on their own account
    // is listed twice.
    private static List<String> agentAndUserSorted(Message m) {
        List<String> names = new ArrayList<>(List.of(agent(m), user(m)));
        names.sort(NogginSchemas::compareCodePoints);
        return names;
    }

    // Python compares str by code point, Java's compareTo by UTF-16 unit.
    private static int compareCodePoints(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    private static String userCreateSummary(Message m) {
        return agent(m).equals(user(m))
                ? agent(m) + " created a new Fedora Account"
                : agent(m) + " created a new Fedora Account for " + user(m);
    }

    private static String userUpdateSummary(Message m) {
        String whose = agent(m).equals(user(m)) ? "their" : user(m) + "'s";
        return agent(m) + " edited " + changedFields(m).size() + " details of " + whose + " Fedora Account";
    }

    // The list of changed fields ends with a trailing space upstream; reproduced.
    private static String userUpdateText(Message m) {
        return userUpdateSummary(m) + "\n\nDetails changed:\n\n" + String.join("\n", changedFields(m)) + " ";
    }

    private static List<String> changedFields(Message m) {
        JsonNode fields = m.body().required("msg").required("fields");
        if (!fields.isArray()) {
            throw new IllegalArgumentException("msg.fields is not a list");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode field : fields) {
            if (!field.isString()) {
                throw new IllegalArgumentException("msg.fields holds a non-string"); // str.join raises
            }
            names.add(field.stringValue());
        }
        return names;
    }
}
