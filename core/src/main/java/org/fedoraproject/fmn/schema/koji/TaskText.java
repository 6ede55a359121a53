package org.fedoraproject.fmn.schema.koji;

import static org.fedoraproject.fmn.schema.JsonValues.item;
import static org.fedoraproject.fmn.schema.JsonValues.truthy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fedoraproject.fmn.schema.JsonValues;

import tools.jackson.databind.JsonNode;

/**
 * The long description of a koji task (koji's {@code fill_task_template}): a header per task,
 * links to its result files, then its sub-tasks in order of completion, recursively.
 */
final class TaskText {

    private static final List<String> FILE_LISTS = List.of("logs", "rpms", "srpms");

    private TaskText() {
    }

    static String of(JsonNode task, JsonNode filesBaseUrl) {
        String base = JsonValues.str(filesBaseUrl);
        JsonNode host = item(task, "host_name");
        StringBuilder out = new StringBuilder()
                .append("Task ").append(JsonValues.str(item(task, "id")))
                .append(" on ").append(truthy(host) ? JsonValues.str(host) : "(unscheduled)").append('\n')
                .append("Task Type: ").append(JsonValues.str(item(task, "method")))
                .append(" (").append(JsonValues.str(item(task, "arch"))).append(")\n")
                .append("Link: ").append(JsonValues.str(item(task, "url"))).append('\n');
        JsonNode result = item(task, "result");
        if (truthy(result)) {
            for (String kind : FILE_LISTS) {
                if (!contains(result, kind) || !truthy(result.get(kind))) {
                    continue;
                }
                out.append(kind).append(":\n");
                for (String item : items(result.get(kind))) {
                    out.append("  ").append(base).append('/').append(item).append('\n');
                }
            }
            if (contains(result, "srpm")) {
                out.append("srpm:\n  ").append(base).append('/').append(JsonValues.str(result.get("srpm"))).append('\n');
            }
        }
        JsonNode children = item(task, "children");
        if (truthy(children)) {
            out.append("\nTask ").append(JsonValues.str(task.get("id"))).append(" has the following sub-tasks:\n");
        }
        for (JsonNode child : byCompletion(children)) {
            out.append('\n').append(of(child, filesBaseUrl));
        }
        return out.toString();
    }

    /**
     * Python's {@code kind in result}. Some results are not dicts (a livecd build's is a sentence);
     * {@code in} then tests for a substring or a list item, and a hit makes upstream fail when it
     * indexes the result, which is reproduced by failing too.
     */
    private static boolean contains(JsonNode result, String kind) {
        if (result.isObject()) {
            return result.has(kind);
        }
        boolean found;
        if (result.isString()) {
            found = result.stringValue().contains(kind);
        } else if (result.isArray()) {
            found = result.valueStream().anyMatch(v -> v.isString() && v.stringValue().equals(kind));
        } else {
            throw new IllegalArgumentException("a task result of type " + result.getNodeType() + " has no keys");
        }
        if (found) {
            throw new IllegalArgumentException("a task result that is no dict cannot be indexed by " + kind);
        }
        return false;
    }

    /** What Python's {@code for item in value} yields, each as an f-string prints it. */
    private static List<String> items(JsonNode value) {
        List<String> out = new ArrayList<>();
        if (value.isArray()) {
            value.values().forEach(v -> out.add(JsonValues.str(v)));
        } else if (value.isObject()) {
            out.addAll(value.propertyNames());
        } else if (value.isString()) {
            value.stringValue().codePoints().forEach(cp -> out.add(Character.toString(cp)));
        } else {
            throw new IllegalArgumentException("not iterable: " + value.getNodeType());
        }
        return out;
    }

    /** Sub-tasks sorted (stably) by completion time, unfinished ones (no time) first. */
    private static List<JsonNode> byCompletion(JsonNode children) {
        if (!truthy(children) && !children.isNull()) {
            return List.of(); // an empty list (or other empty value): nothing to sort
        }
        if (!children.isArray()) {
            throw new IllegalArgumentException("sub-tasks are no list of dicts");
        }
        // Keys first, as Python computes them, so that a bad sub-task fails even when alone.
        record Keyed(double time, JsonNode child) {
        }
        List<Keyed> keyed = new ArrayList<>();
        children.values().forEach(child -> keyed.add(new Keyed(completionTime(child), child)));
        keyed.sort(Comparator.comparingDouble(Keyed::time));
        return keyed.stream().map(Keyed::child).toList();
    }

    private static double completionTime(JsonNode child) {
        if (!child.isObject()) {
            throw new IllegalArgumentException("a sub-task is no dict");
        }
        JsonNode time = child.path("completion_time");
        if (!truthy(time)) {
            return 0;
        }
        if (!time.isNumber()) {
            throw new IllegalArgumentException("completion times are not comparable");
        }
        return JsonValues.number(time);
    }
}
