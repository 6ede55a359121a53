package org.fedoraproject.fmn.schema.nuancier;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.SchemaRegistry;
import org.junit.jupiter.api.Test;

class NuancierSchemasTest {

    @Test
    void newThingReadsItsAgentFromAgentNameAndPrintsTheIdAsPython() {
        MessageFacts facts = new SchemaRegistry(new NuancierSchemas().schemas()).derive(SerializedMessageCodec.read("""
                {"id": "c0ffee00-0000-4000-8000-000000000060", "topic": "nuancier.new",
                 "headers": {"fedora_messaging_schema": "nuancier.new"},
                 "body": {"agent_name": "artist", "thing": {"id": 3.0, "name": "Sunrise"}}}
                """));
        assertThat(facts.agentName()).isEqualTo("artist");
        assertThat(facts.usernames()).containsExactly("artist");
        assertThat(facts.summary()).isEqualTo("artist created thing \"Sunrise\" (3.0)");
        assertThat(facts.text()).isEqualTo("New Thing: Sunrise\nBy: artist\n");
        assertThat(facts.url()).isNull();
    }
}
