package org.fedoraproject.fmn.backend.rules;

import org.fedoraproject.fmn.backend.problem.ApiException;
import org.fedoraproject.fmn.backend.problem.FieldError;
import org.fedoraproject.fmn.backend.problem.InvalidFieldsException;
import org.fedoraproject.fmn.database.rule.RuleContent;
import org.fedoraproject.fmn.message.InvalidMessageException;
import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.rule.InvalidRuleException;
import org.fedoraproject.fmn.rule.RuleReader;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A rule as a client sends it to the API (POST, PUT), read into what the user may set: name,
 * disabled, tracking rule, generation rules. What the client cannot set — {@code id},
 * {@code user}, {@code generated_last_week}, FMN's frontend sends them back on PUT — is
 * accepted and ignored: the server's values replace them before the rule is read, so
 * validation is {@link RuleReader}'s, the same as for every rule FMN reads.
 */
final class RuleBody {

    private RuleBody() {
    }

    /** Reads a request body; unreadable JSON is 400, an invalid rule 422 naming the field. */
    static RuleContent read(byte[] body, String ownerName) {
        JsonNode json;
        try {
            json = Json.parseUtf8(body, "request body");
        } catch (InvalidMessageException | tools.jackson.core.JacksonException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The request body is not readable JSON: " + e.getMessage());
        }
        if (!(json instanceof ObjectNode rule)) {
            throw new InvalidFieldsException(FieldError.inBody("", "Input should be a valid dictionary"));
        }
        ObjectNode owned = rule.deepCopy();
        owned.put("id", 0);
        owned.putObject("user").put("name", ownerName);
        owned.remove("generated_last_week");
        try {
            return RuleContent.of(RuleReader.read(owned));
        } catch (InvalidRuleException e) {
            throw new InvalidFieldsException(FieldError.inBody(e.field(), e.problem()));
        }
    }
}
