package org.fedoraproject.fmn.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

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

    /**
     * Python's {@code node[k1][k2]...}: the value (JSON null included), or an exception, as
     * Python's {@code KeyError}, when a key is absent or a step is no object. Schemas use it
     * where the Python code indexes the body, so the fact is unknown exactly when it raises.
     */
    public static JsonNode item(JsonNode node, String... path) {
        JsonNode current = node;
        for (String key : path) {
            JsonNode next = current != null && current.isObject() ? current.get(key) : null;
            if (next == null) {
                throw new NoSuchElementException("KeyError: " + key);
            }
            current = next;
        }
        return current;
    }

    /** Python's {@code str(node[k1][k2]...)}, as {@code str.format} prints it; raises like {@link #item}. */
    public static String strItem(JsonNode node, String... path) {
        return PythonFormat.str(item(node, path));
    }

    /** What a Python property returns for {@code node[k1][k2]...}: {@code null} for None, else its {@code str()}. */
    public static String strItemOrNull(JsonNode node, String... path) {
        JsonNode value = item(node, path);
        return value.isNull() ? null : PythonFormat.str(value);
    }

    /** Python's {@code dict.get(key, default)}: the value (JSON null included), else {@code absent}. */
    public static JsonNode get(JsonNode dict, String key, JsonNode absent) {
        if (dict == null || !dict.isObject()) {
            throw new IllegalArgumentException("AttributeError: not a dict: " + dict);
        }
        JsonNode value = dict.get(key);
        return value != null ? value : absent;
    }

    /** Python's {@code separator.join(array)}, which raises unless every item is a string. */
    public static String joined(String separator, JsonNode array) {
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("TypeError: can only join a list, got " + array);
        }
        List<String> items = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            if (!item.isString()) {
                throw new IllegalArgumentException("TypeError: expected str instance, got " + item);
            }
            items.add(item.stringValue());
        }
        return String.join(separator, items);
    }

    /** Python's truth value of a JSON value: false for null, false, 0, "" and empty containers. */
    public static boolean truthy(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return number(value) != 0;
        }
        if (value.isString()) {
            return !value.stringValue().isEmpty();
        }
        return !value.isEmpty();
    }

    /**
     * A number as a double, for comparing it as Python compares numbers of any size: an
     * integer beyond a double's range (Python's ints have no bound) is an infinity of its
     * sign, not an error. Raises, as Python's comparisons do, when the value is no number.
     */
    public static double number(JsonNode value) {
        if (!value.isNumber()) {
            throw new IllegalArgumentException("TypeError: not a number: " + value);
        }
        return value.isBigInteger() ? value.bigIntegerValue().doubleValue() : value.doubleValue();
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

}
