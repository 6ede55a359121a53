package org.fedoraproject.fmn.consumer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.message.Message;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

class RuleChangeTopicsTest {

    private static Message message(String topic, String body) {
        return new Message("m-1", topic, Json.MAPPER.createObjectNode(), (ObjectNode) Json.parse(body, "a body"), null, null);
    }

    @Test
    void ruleChangesAreRecognisedWithOrWithoutADeploymentPrefix() {
        String body = "{\"rule\": {\"id\": 42}, \"user\": {\"name\": \"mira\"}}";
        for (String topic : new String[] {"fmn.rule.create.v1", "fmn.rule.update.v1", "fmn.rule.delete.v1",
                "org.fedoraproject.prod.fmn.rule.update.v1", "org.fedoraproject.stg.fmn.rule.delete.v1"}) {
            assertThat(RuleChangeTopics.ruleId(message(topic, body))).as(topic).hasValue(42);
        }
    }

    @Test
    void otherMessagesAndRuleChangesWithoutAUsableIdNameNoRule() {
        assertThat(RuleChangeTopics.ruleId(message("org.fedoraproject.prod.bodhi.update.comment", "{\"rule\": {\"id\": 1}}")))
                .isEqualTo(OptionalLong.empty());
        assertThat(RuleChangeTopics.ruleId(message("notfmn.rule.update.v1", "{\"rule\": {\"id\": 1}}"))).isEmpty();
        assertThat(RuleChangeTopics.ruleId(message("fmn.rule.update.v1", "{\"rule\": {\"id\": \"1\"}}"))).isEmpty();
        assertThat(RuleChangeTopics.ruleId(message("fmn.rule.update.v1", "{\"user\": {\"name\": \"mira\"}}"))).isEmpty();
        assertThat(RuleChangeTopics.ruleId(message("fmn.rule.update.v2", "{\"rule\": {\"id\": 1}}"))).isEmpty();
    }
}
