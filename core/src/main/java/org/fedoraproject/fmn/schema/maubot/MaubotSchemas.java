package org.fedoraproject.fmn.schema.maubot;

import java.util.List;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.PythonFormat;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

import tools.jackson.databind.JsonNode;

/** The schemas of maubot-fedora-messages: the Fedora Matrix bot's events. */
public final class MaubotSchemas implements SchemaPackage {

    private static final SchemaDefinition MAUBOT = SchemaDefinition.template()
            .appName("Maubot Fedora")
            .appIcon("https://apps.fedoraproject.org/img/icons/maubot-fedora.png");

    private static final List<Schema> SCHEMAS = List.of(
            MAUBOT.named("maubot.cookie.give.v1")
                    .agentName(MaubotSchemas::sender)
                    .usernames(m -> List.of(sender(m), string(m.body().required("recipient"))))
                    .summary(m -> sender(m) + " gave a cookie to " + field(m, "recipient"))
                    .text(MaubotSchemas::cookieText));

    @Override
    public String name() {
        return "maubot-fedora-messages";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }

    private static String sender(Message m) {
        return string(m.body().required("sender"));
    }

    private static String string(JsonNode node) {
        if (!node.isString()) {
            throw new IllegalArgumentException("not a string: " + node);
        }
        return node.stringValue();
    }

    private static String field(Message m, String key) {
        return PythonFormat.str(m.body().required(key));
    }

    // The release's count is looked up by the release as given: the counts are keyed by strings,
    // so a release that is not a string finds nothing, as upstream's dict lookup.
    private static String cookieText(Message m) {
        String release = string(m.body().required("fedora_release"));
        JsonNode countThisRelease = m.body().required("count_by_release").required(release);
        return sender(m) + " gave a cookie to " + field(m, "recipient") + ". They now have "
                + field(m, "total") + " cookie(s), " + PythonFormat.str(countThisRelease)
                + " of which were obtained in the Fedora " + release + " release cycle";
    }
}
