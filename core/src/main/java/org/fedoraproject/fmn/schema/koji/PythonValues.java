package org.fedoraproject.fmn.schema.koji;

import org.fedoraproject.fmn.schema.JsonValues;

import tools.jackson.databind.JsonNode;

/** Python semantics the koji schemas rely on that {@link JsonValues} does not cover. */
final class PythonValues {

    private PythonValues() {
    }

    /** Python's truth value of a decoded JSON value ({@code if x:}). */
    static boolean isTruthy(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
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

    /** {@code f"{x or ''}"}: the value as Python prints it, or nothing when it is falsy. */
    static String strOrEmpty(JsonNode value) {
        return isTruthy(value) ? JsonValues.str(value) : "";
    }

    /** A value that must be there, as Python's {@code d["a"]["b"]} (a KeyError otherwise). */
    static JsonNode required(JsonNode node, String... path) {
        JsonNode value = JsonValues.at(node, path);
        if (value.isMissingNode()) {
            throw new IllegalArgumentException("no " + String.join(".", path));
        }
        return value;
    }
}
