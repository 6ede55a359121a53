package org.fedoraproject.fmn.consumer.rules;

import java.util.OptionalLong;
import java.util.regex.Pattern;

import org.fedoraproject.fmn.message.Message;

import tools.jackson.databind.JsonNode;

/**
 * Recognises FMN's rule-change messages, {@code fmn.rule.create.v1}, {@code .update.v1} and
 * {@code .delete.v1}, with or without a deployment prefix ({@code org.fedoraproject.prod.}), from
 * this FMN or the Python FMN (which publishes creations under the update topic), and reads the id
 * of the rule they are about.
 */
public final class RuleChangeTopics {

    private static final Pattern TOPIC = Pattern.compile("(?:^|\\.)fmn\\.rule\\.(?:create|update|delete)\\.v1$");

    private RuleChangeTopics() {
    }

    /** The rule a rule-change message is about; empty for any other message, or one without a rule id. */
    public static OptionalLong ruleId(Message message) {
        if (!TOPIC.matcher(message.topic()).find()) {
            return OptionalLong.empty();
        }
        JsonNode id = message.body().path("rule").path("id");
        if (!id.isIntegralNumber() || !id.canConvertToLong()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(id.asLong());
    }
}
