package org.fedoraproject.fmn.schema.anitya;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

import org.fedoraproject.fmn.schema.PythonFormat;

import tools.jackson.databind.JsonNode;

/**
 * Reading a body with Python's subscripting, {@code body["a"]["b"]}: unlike
 * {@link org.fedoraproject.fmn.schema.JsonValues#str}, a missing key raises (as {@code KeyError})
 * instead of reading as {@code None}, so that the fact depending on it becomes unknown as upstream.
 */
final class PyAccess {

    /** Python's default ordering of str values: by code point (not Java's UTF-16 order). */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private PyAccess() {
    }

    /** {@code node[path[0]][path[1]]...}; raises when a key is absent or a step is no dict. */
    static JsonNode item(JsonNode node, String... path) {
        JsonNode current = node;
        for (String key : path) {
            if (current == null || !current.isObject() || !current.has(key)) {
                throw new NoSuchElementException("KeyError: " + key);
            }
            current = current.get(key);
        }
        return current;
    }

    /** {@code node[...]} where the code needs a list (to iterate it or take its length). */
    static JsonNode list(JsonNode node, String... path) {
        JsonNode value = item(node, path);
        if (!value.isArray()) {
            throw new IllegalArgumentException("TypeError: not a list: " + value);
        }
        return value;
    }

    /** {@code str(node[...])}, as {@code "{}".format(...)} renders it. */
    static String str(JsonNode node, String... path) {
        return PythonFormat.str(item(node, path));
    }

    /** The item as a Python property hands it on: {@code null} for None, else its {@code str()}. */
    static String value(JsonNode node, String... path) {
        JsonNode value = item(node, path);
        return value.isNull() ? null : PythonFormat.str(value);
    }

    /** The str items of a list; raises (as Python's {@code TypeError}) for anything else. */
    static List<String> strings(JsonNode array) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("TypeError: not a list: " + array);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isString()) {
                throw new IllegalArgumentException("TypeError: expected str instance: " + item);
            }
            out.add(item.stringValue());
        }
        return out;
    }

    /** {@code ", ".join(list)}, which raises for any item that is not a str. */
    static String join(JsonNode array) {
        return String.join(", ", strings(array));
    }
}
