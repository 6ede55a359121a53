package org.fedoraproject.fmn.schema;

import java.util.List;

import org.fedoraproject.fmn.message.Json;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a message's facts that {@code fmn derive} prints and the corpus uses:
 * {@code {"id","app_name","app_icon","agent_name","usernames","groups","packages","containers",
 * "modules","flatpaks","summary","text","url","severity"}}, lists in schema order, null where
 * a fact is unknown.
 */
public final class FactsJson {

    private FactsJson() {
    }

    public static ObjectNode toTree(MessageFacts facts) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("id", facts.id());
        out.put("app_name", facts.appName());
        out.put("app_icon", facts.appIcon());
        out.put("agent_name", facts.agentName());
        list(out, "usernames", facts.usernames());
        list(out, "groups", facts.groups());
        list(out, "packages", facts.packages());
        list(out, "containers", facts.containers());
        list(out, "modules", facts.modules());
        list(out, "flatpaks", facts.flatpaks());
        out.put("summary", facts.summary());
        out.put("text", facts.text());
        out.put("url", facts.url());
        out.put("severity", facts.severity().level());
        return out;
    }

    private static void list(ObjectNode out, String field, List<String> values) {
        if (values == null) {
            out.putNull(field);
            return;
        }
        ArrayNode array = out.putArray(field);
        values.forEach(array::add);
    }
}
