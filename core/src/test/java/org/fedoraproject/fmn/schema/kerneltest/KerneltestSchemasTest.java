package org.fedoraproject.fmn.schema.kerneltest;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.SchemaRegistry;
import org.junit.jupiter.api.Test;

class KerneltestSchemasTest {

    @Test
    void releaseEditNamesNobodyAndPrintsTheReleaseAsGiven() {
        MessageFacts facts = new SchemaRegistry(new KerneltestSchemas().schemas()).derive(SerializedMessageCodec.read("""
                {"id": "c0ffee00-0000-4000-8000-000000000020", "topic": "kerneltest.release.edit",
                 "headers": {"fedora_messaging_schema": "kerneltest.release.edit.v1"},
                 "body": {"agent": "kmaint", "release": {"releasenum": 42, "support": "RAWHIDE"}}}
                """));
        assertThat(facts.agentName()).isEqualTo("kmaint");
        assertThat(facts.usernames()).isEmpty();
        assertThat(facts.summary()).isEqualTo("kmaint edited release 42 with status RAWHIDE");
        assertThat(facts.text()).isEqualTo(facts.summary());
        assertThat(facts.url()).isNull();
    }
}
