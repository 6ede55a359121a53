package org.fedoraproject.fmn.schema.nuancier;

import java.util.List;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.JsonValues;
import org.fedoraproject.fmn.schema.PythonFormat;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

import tools.jackson.databind.JsonNode;

/** The schemas of nuancier-messages: the wallpaper election app. */
public final class NuancierSchemas implements SchemaPackage {

    // The body names its agent "agent_name" (older versions said "agent").
    private static final SchemaDefinition NUANCIER = SchemaDefinition.template()
            .appName("nuancier")
            .appIcon("https://apps.fedoraproject.org/img/icons/nuancier.png")
            .agentName(m -> JsonValues.string(m.body(), "agent_name"))
            .usernames(m -> List.of(JsonValues.string(m.body(), "agent_name")))
            .url(m -> JsonValues.string(m.body(), "thing", "url"));

    private static final List<Schema> SCHEMAS = List.of(
            NUANCIER.named("nuancier.new")
                    .summary(m -> field(m, "agent_name") + " created thing \"" + field(m, "thing", "name")
                            + "\" (" + field(m, "thing", "id") + ")")
                    .text(m -> "New Thing: " + field(m, "thing", "name") + "\nBy: " + field(m, "agent_name") + "\n"));

    @Override
    public String name() {
        return "nuancier-messages";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }

    /** Python's {@code str(body[k1][k2]...)}: fails when a key is missing. */
    private static String field(Message m, String... path) {
        JsonNode node = m.body();
        for (String key : path) {
            node = node.required(key);
        }
        return PythonFormat.str(node);
    }
}
