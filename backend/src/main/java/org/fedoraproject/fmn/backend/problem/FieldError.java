package org.fedoraproject.fmn.backend.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One invalid field of a request, as FastAPI reports it in a 422 answer: where it is
 * ({@code loc}: {@code ["body", "generation_rules", 0, "destinations", 1, "address"]}), what is
 * wrong ({@code msg}) and the kind of error ({@code type}).
 */
public record FieldError(List<Object> loc, String msg, String type) {

    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    public FieldError {
        loc = List.copyOf(loc);
    }

    /**
     * The error for a field named by its path in the request body as core's readers write it
     * ({@code generation_rules[0].destinations[1].address}).
     */
    public static FieldError inBody(String path, String msg) {
        List<Object> loc = new ArrayList<>();
        loc.add("body");
        Matcher step = STEP.matcher(path == null ? "" : path);
        while (step.find()) {
            loc.add(step.group(1) != null ? step.group(1) : Integer.valueOf(step.group(2)));
        }
        return new FieldError(loc, msg, "value_error");
    }
}
