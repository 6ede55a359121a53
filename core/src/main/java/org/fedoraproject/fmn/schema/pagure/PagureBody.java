package org.fedoraproject.fmn.schema.pagure;

import static org.fedoraproject.fmn.schema.JsonValues.item;

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

    /** {@code obj["comments"][-1]["id"]}: fails when there is no comment. */
    static String lastCommentId(JsonNode object) {
        JsonNode comments = item(object, "comments");
        if (!comments.isArray() || comments.isEmpty()) {
            throw new IllegalArgumentException("no comment");
        }
        return PythonFormat.str(item(comments.get(comments.size() - 1), "id"));
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
