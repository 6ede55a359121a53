package org.fedoraproject.fmn.schema.tahrir;

import java.util.List;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.PythonFormat;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

import tools.jackson.databind.JsonNode;

/** The schemas of tahrir-messages: Fedora Badges. */
public final class TahrirSchemas implements SchemaPackage {

    private static final SchemaDefinition TAHRIR = SchemaDefinition.template()
            .appName("tahrir")
            .appIcon("https://apps.fedoraproject.org/img/icons/badges.png")
            .textSameAsSummary();

    private static final List<Schema> SCHEMAS = List.of(
            TAHRIR.named("badges.person.login.first.v1")
                    .agentName(m -> string(m, "user", "username"))
                    .usernames(m -> List.of(string(m, "user", "username")))
                    .summary(m -> field(m, "user", "username") + " logged into badges for the first time"),
            // Badges and ranks are given by the Badges system, not by a person: these two have no
            // agent, only the recipient as username.
            TAHRIR.named("badges.badge.award.v1")
                    .usernames(m -> List.of(string(m, "user", "username")))
                    .summary(m -> field(m, "user", "username") + " was awarded the badge `"
                            + field(m, "badge", "name") + "`")
                    .text(m -> string(m, "badge", "description")),
            TAHRIR.named("badges.person.rank.advance.v1")
                    .usernames(m -> List.of(string(m, "person", "nickname")))
                    .summary(m -> field(m, "person", "nickname") + "'s Badges rank changed from "
                            + field(m, "old_rank") + " to " + field(m, "person", "rank")));

    @Override
    public String name() {
        return "tahrir-messages";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }

    private static JsonNode at(Message m, String... path) {
        JsonNode node = m.body();
        for (String key : path) {
            node = node.required(key);
        }
        return node;
    }

    /** Python's {@code str(body[k1][k2]...)}: fails when a key is missing. */
    private static String field(Message m, String... path) {
        return PythonFormat.str(at(m, path));
    }

    /** A value that must be a string (a name, or a text that {@code __str__} returns as it is). */
    private static String string(Message m, String... path) {
        JsonNode node = at(m, path);
        if (!node.isString()) {
            throw new IllegalArgumentException("not a string: " + node);
        }
        return node.stringValue();
    }
}
