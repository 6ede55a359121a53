package org.fedoraproject.fmn.backend.admin;

import org.fedoraproject.fmn.backend.problem.ApiException;
import org.fedoraproject.fmn.backend.problem.FieldError;
import org.fedoraproject.fmn.backend.problem.InvalidFieldsException;
import org.fedoraproject.fmn.message.InvalidMessageException;
import org.fedoraproject.fmn.message.Json;
import org.springframework.http.HttpStatus;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The admin's change to a rule, {@code {"disabled": ...}}. FMN's web frontend sends the value as
 * a string, {@code "true"} or {@code "false"}, which FMN's API reads as a boolean; so do we, with
 * the spellings pydantic accepts. Any other field is ignored, as FMN does.
 */
final class RulePatch {

    private RulePatch() {
    }

    /** The requested state; {@code null} when the patch does not say. */
    static Boolean disabled(byte[] body) {
        JsonNode json;
        try {
            json = Json.parseUtf8(body == null ? new byte[0] : body, "request body");
        } catch (InvalidMessageException | JacksonException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The request body is not readable JSON: " + e.getMessage());
        }
        if (!json.isObject()) {
            throw new InvalidFieldsException(FieldError.inBody("", "Input should be a valid dictionary"));
        }
        JsonNode value = json.get("disabled");
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isString()) {
            switch (value.stringValue().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "1", "yes", "on", "t", "y" -> {
                    return true;
                }
                case "false", "0", "no", "off", "f", "n" -> {
                    return false;
                }
                default -> {
                }
            }
        }
        if (value.isIntegralNumber() && value.canConvertToInt() && (value.intValue() == 0 || value.intValue() == 1)) {
            return value.intValue() == 1;
        }
        throw new InvalidFieldsException(FieldError.inBody("disabled", "Input should be a valid boolean"));
    }
}
