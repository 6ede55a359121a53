package org.fedoraproject.fmn.schema;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.message.LoneSurrogates;
import org.fedoraproject.fmn.message.Severity;

import tools.jackson.databind.JsonNode;
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

    /**
     * Reads facts from their JSON form: {@code fmn derive}'s output, or a line of a workload's
     * {@code messages.jsonl}. {@code id}, {@code topic} and {@code severity} are required; other
     * facts may be absent (lists are then empty, strings {@code null}).
     *
     * @throws IllegalArgumentException naming the field when a value has the wrong type
     */
    public static MessageFacts fromTree(JsonNode json) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("expected a JSON object of facts");
        }
        String id = requiredString(json, "id");
        String topic = requiredString(json, "topic");
        // As for messages: ids and topics must be text UTF-8 can carry.
        String idProblem = LoneSurrogates.problem(id);
        if (idProblem != null) {
            throw new IllegalArgumentException("id " + idProblem);
        }
        String topicProblem = LoneSurrogates.problem(topic);
        if (topicProblem != null) {
            throw new IllegalArgumentException("message " + id + ": topic " + topicProblem);
        }
        JsonNode level = json.get("severity");
        Severity severity = level != null && level.isIntegralNumber() && level.canConvertToLong()
                ? Severity.ofLevel(level.asLong())
                : null;
        if (severity == null) {
            throw new IllegalArgumentException("message " + id + ": severity is " + level + ", expected 10, 20, 30 or 40");
        }
        OffsetDateTime sentAt = null;
        String sent = optionalString(json, "sent_at", id);
        if (sent != null) {
            try {
                sentAt = OffsetDateTime.parse(sent);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("message " + id + ": sent_at is not an ISO 8601 time: " + sent);
            }
        }
        return new MessageFacts(id, topic, optionalString(json, "schema", id), json.path("deprecated").asBoolean(false),
                severity, optionalString(json, "app_name", id), optionalString(json, "app_icon", id),
                optionalString(json, "agent_name", id), names(json, "usernames", id), names(json, "groups", id),
                names(json, "packages", id), names(json, "containers", id), names(json, "modules", id),
                names(json, "flatpaks", id), optionalString(json, "summary", id), optionalString(json, "text", id),
                optionalString(json, "url", id), sentAt);
    }

    private static String requiredString(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException(field + " is " + value + ", expected a string");
        }
        return value.stringValue();
    }

    private static String optionalString(JsonNode json, String field, String id) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new IllegalArgumentException("message " + id + ": " + field + " is " + value + ", expected a string");
        }
        return value.stringValue();
    }

    private static List<String> names(JsonNode json, String field, String id) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("message " + id + ": " + field + " is " + value + ", expected a list");
        }
        List<String> names = new ArrayList<>(value.size());
        for (JsonNode item : value) {
            if (!item.isString()) {
                throw new IllegalArgumentException("message " + id + ": " + field + " holds " + item + ", expected strings");
            }
            names.add(item.stringValue());
        }
        return List.copyOf(names);
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
