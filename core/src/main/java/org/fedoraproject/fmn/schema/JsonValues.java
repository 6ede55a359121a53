package org.fedoraproject.fmn.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Reading message bodies with Python's semantics in mind: a missing key is {@code null} (as
 * {@code dict.get}), and code that needs a value lets the resulting exception mark the fact as
 * unknown (as the {@code KeyError} a Python schema raises).
 */
public final class JsonValues {

    private JsonValues() {
    }

    /** The node at a path of object keys, or a missing node when any step is absent. */
    public static JsonNode at(JsonNode node, String... path) {
        JsonNode current = node;
        for (String key : path) {
            if (current == null || !current.isObject()) {
                return MissingNode.getInstance();
            }
            current = current.path(key);
        }
        return current == null ? MissingNode.getInstance() : current;
    }

    /** The string at a path, or {@code null} when absent, JSON null or not a string. */
    public static String string(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        return value.isString() ? value.stringValue() : null;
    }

    /**
     * The value at a path as Python's {@code str()} renders it (so numbers and booleans print as
     * Python prints them); {@code "None"} when absent or null.
     */
    public static String str(JsonNode node, String... path) {
        return PythonFormat.str(at(node, path));
    }

    /** The strings of an array node, skipping non-strings; empty when the node is no array. */
    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode item : array) {
                if (item.isString()) {
                    out.add(item.stringValue());
                }
            }
        }
        return out;
    }

    /** The items without repeats, first occurrence first, nulls dropped. */
    public static List<String> distinct(List<String> items) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (String item : items) {
            if (item != null) {
                seen.add(item);
            }
        }
        return List.copyOf(seen);
    }
}
