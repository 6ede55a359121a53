package org.fedoraproject.fmn.cache.invalidation;

import tools.jackson.databind.JsonNode;

/** Reading the fields of a message body that may be missing or of another type. */
final class Bodies {

    private Bodies() {
    }

    /** The field's text, or {@code null} when it is absent, not text, or empty. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.stringValue().isEmpty() ? value.stringValue() : null;
    }
}
