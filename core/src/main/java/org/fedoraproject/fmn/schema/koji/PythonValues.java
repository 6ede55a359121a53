package org.fedoraproject.fmn.schema.koji;

import org.fedoraproject.fmn.schema.JsonValues;

import tools.jackson.databind.JsonNode;

/** Python semantics the koji schemas rely on that {@link JsonValues} does not cover. */
final class PythonValues {

    private PythonValues() {
    }

    /** {@code f"{x or ''}"}: the value as Python prints it, or nothing when it is falsy. */
    static String strOrEmpty(JsonNode value) {
        return JsonValues.truthy(value) ? JsonValues.str(value) : "";
    }

}
