package org.fedoraproject.fmn.message;

import java.util.ArrayList;
import java.util.List;

import org.fedoraproject.fmn.text.Echo;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Typed reads of a JSON document's fields (the account and dist-git files), each failing with
 * the field's path in the document ({@code users[3].emails: expected a list of strings, got
 * "alice"}).
 */
public final class DocumentFields {

    private DocumentFields() {
    }

    public static IllegalArgumentException error(String path, String problem) {
        return new IllegalArgumentException(path + ": " + problem);
    }

    public static JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw error(path, "expected an object, got " + Echo.json(node));
        }
        return node;
    }

    /** A list that may be absent or null (then empty). */
    public static JsonNode optionalList(JsonNode parent, String key, String path) {
        JsonNode list = parent.get(key);
        if (list == null || list.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!list.isArray()) {
            throw error(path, "expected a list, got " + Echo.json(list));
        }
        return list;
    }

    public static String name(JsonNode parent, String key, String path) {
        JsonNode value = parent.get(key);
        if (value == null || !value.isString() || value.stringValue().isEmpty()) {
            throw error(path, "expected a non-empty string, got " + Echo.json(value));
        }
        return value.stringValue();
    }

    /** A list of strings that may be absent or null (then empty). */
    public static List<String> strings(JsonNode parent, String key, String path) {
        JsonNode list = parent.get(key);
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw error(path, "expected a list of strings, got " + Echo.json(list));
        }
        List<String> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isString()) {
                throw error(path + "[" + i + "]", "expected a string, got " + Echo.json(item));
            }
            out.add(item.stringValue());
        }
        return out;
    }
}
