package org.fedoraproject.fmn.schema.fmn;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.Schema;
import org.junit.jupiter.api.Test;

class FmnSchemasTest {

    @Test
    void ruleMessagesKeepFedoraMessagingDefaultsAndNameNobody() {
        Schema schema = new FmnSchemas().schemas().stream()
                .filter(s -> s.name().equals("fmn.rule.delete.v1")).findFirst().orElseThrow();

        MessageFacts facts = schema.derive(SerializedMessageCodec.read("""
                {"id": "f-1", "topic": "fmn.rule.delete.v1",
                 "headers": {"fedora_messaging_schema": "fmn.rule.delete.v1"},
                 "body": {"rule": {"id": 9, "name": "mine"}, "user": {"name": "someone"}}}
                """));

        assertThat(facts.appName()).isEqualTo("FMN");
        assertThat(facts.summary()).isEqualTo("fmn.rule.delete.v1");
        assertThat(facts.usernames()).isEmpty();
        assertThat(facts.text()).startsWith("Id: f-1\nTopic: fmn.rule.delete.v1\nHeaders: {");
    }
}
