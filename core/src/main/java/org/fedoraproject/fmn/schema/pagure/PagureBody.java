package org.fedoraproject.fmn.schema.pagure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.JsonValues;
import org.fedoraproject.fmn.schema.PythonFormat;

import tools.jackson.databind.JsonNode;

/**
 * Reading pagure message bodies the way pagure-messages indexes them: {@code body["a"]["b"]}
 * raises when a step is missing or not a dict, and so do these methods, which leaves the one
 * fact that needed the value unknown.
 */
final class PagureBody {

    /** Python sorts str by code point, which differs from String order above U+FFFF. */
    private static final Comparator<String> CODE_POINT_ORDER =
            (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

    private PagureBody() {
    }

    /** {@code node[k1][k2]...}: fails when a step is absent or indexes something that is no dict. */
    static JsonNode item(JsonNode node, String... keys) {
        JsonNode current = node;
        for (String key : keys) {
            JsonNode next = current != null && current.isObject() ? current.get(key) : null;
            if (next == null) {
                throw new IllegalArgumentException("no key " + key);
            }
            current = next;
        }
        return current;
    }

    /** Python's {@code str()} of {@code body[k1][k2]...}, as {@code str.format} prints it. */
    static String str(Message m, String... path) {
        return PythonFormat.str(item(m.body(), path));
    }

    /** {@code body["agent"]}, as the texts of most pagure classes print it. */
    static String agent(Message m) {
        return str(m, "agent");
    }

    /** The {@code agent_name} property: {@code body.get("agent")}. */
    static String agentName(Message m) {
        return JsonValues.string(m.body(), "agent");
    }

    /** The {@code agent_name} property as {@code str.format} prints it ({@code None} when absent). */
    static String agentNameText(Message m) {
        return JsonValues.str(m.body(), "agent");
    }

    /** {@code separator.join(array)}: every item must be a string, as Python's join demands. */
    static String joined(String separator, JsonNode array) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("not a list: " + array);
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isString()) {
                throw new IllegalArgumentException("join() of a non-string: " + item);
            }
            items.add(item.stringValue());
        }
        return String.join(separator, items);
    }

    /** {@code obj["comments"][-1]["id"]}: fails when there is no comment. */
    static String lastCommentId(JsonNode object) {
        JsonNode comments = item(object, "comments");
        if (!comments.isArray() || comments.isEmpty()) {
            throw new IllegalArgumentException("no comment");
        }
        return PythonFormat.str(item(comments.get(comments.size() - 1), "id"));
    }

    /** Python's truth value of a JSON value: false for null, false, 0, "" and empty containers. */
    static boolean truthy(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0;
        }
        if (value.isString()) {
            return !value.stringValue().isEmpty();
        }
        return !value.isEmpty();
    }

    /** pagure-messages' {@code pretty_list}: without repeats and nulls, sorted. */
    static List<String> prettyList(List<String> values) {
        TreeSet<String> set = new TreeSet<>(CODE_POINT_ORDER);
        for (String value : values) {
            if (value != null) {
                set.add(value);
            }
        }
        return List.copyOf(set);
    }
}
