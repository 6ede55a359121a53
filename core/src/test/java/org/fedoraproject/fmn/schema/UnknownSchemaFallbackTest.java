package org.fedoraproject.fmn.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.message.Severity;
import org.junit.jupiter.api.Test;

class UnknownSchemaFallbackTest {

    private final SchemaRegistry registry = SchemaRegistry.standard();

    private static Message message(String schemaHeader) {
        return SerializedMessageCodec.read("""
                {"id": "00000000-0000-4000-8000-000000000001", "topic": "org.fedoraproject.prod.newapp.thing.happened",
                 "headers": {%s"fedora_messaging_severity": 30, "sent-at": "2026-05-05T05:05:05+00:00",
                             "fedora_messaging_user_alice": true, "fedora_messaging_user_bob": true,
                             "fedora_messaging_group_infra-sig": true, "fedora_messaging_rpm_glibc": true,
                             "fedora_messaging_container_toolbox": true, "fedora_messaging_module_nodejs": true,
                             "fedora_messaging_flatpak_firefox": true, "fedora_messaging_user_": true,
                             "fedora_messaging_rpm_notreally": false},
                 "body": {"what": "ça marche", "n": 1e-7}}
                """.formatted(schemaHeader));
    }

    @Test
    void unknownSchemasStillNameThePeopleAndArtifactsOfTheFilterHeaders() {
        MessageFacts facts = registry.derive(message("\"fedora_messaging_schema\": \"newapp.thing.v1\", "));

        assertThat(facts.usernames()).containsExactly("alice", "bob");
        assertThat(facts.groups()).containsExactly("infra-sig");
        assertThat(facts.packages()).containsExactly("glibc");
        assertThat(facts.containers()).containsExactly("toolbox");
        assertThat(facts.modules()).containsExactly("nodejs");
        assertThat(facts.flatpaks()).containsExactly("firefox");
    }

    @Test
    void unknownSchemasAreSummarisedByTheirTopicWithFedoraMessagingsDefaultText() {
        Message message = message("\"fedora_messaging_schema\": \"newapp.thing.v1\", ");
        MessageFacts facts = registry.derive(message);

        assertThat(facts.summary()).isEqualTo("org.fedoraproject.prod.newapp.thing.happened");
        assertThat(facts.text()).isEqualTo(DefaultText.of(message));
        assertThat(facts.text()).startsWith("Id: 00000000-0000-4000-8000-000000000001\n"
                + "Topic: org.fedoraproject.prod.newapp.thing.happened\nHeaders: {\n");
        assertThat(facts.text()).endsWith("Body: {\n    \"n\": 1e-07,\n    \"what\": \"\\u00e7a marche\"\n}");
        assertThat(facts.appName()).isNull();
        assertThat(facts.agentName()).isNull();
        assertThat(facts.url()).isNull();
        assertThat(facts.severity()).isEqualTo(Severity.WARNING);
        assertThat(facts.deprecated()).isFalse();
    }

    @Test
    void aMessageWithoutSchemaHeaderGetsTheFallbackToo() {
        MessageFacts facts = registry.derive(message(""));

        assertThat(facts.schema()).isNull();
        assertThat(facts.usernames()).containsExactly("alice", "bob");
        assertThat(facts.summary()).isEqualTo("org.fedoraproject.prod.newapp.thing.happened");
    }

    @Test
    void aBodyNestedAsDeepAsMessagesMayHasItsDefaultText() {
        int depth = org.fedoraproject.fmn.message.MessageLimits.MAX_NESTING;
        Message message = SerializedMessageCodec.read("{\"id\": \"m1\", \"topic\": \"a.b\", \"body\": "
                + "{\"a\": ".repeat(depth - 1) + "{}" + "}".repeat(depth - 1) + "}");

        MessageFacts facts = registry.derive(message);

        assertThat(facts.text()).contains("\"a\": {}").endsWith("\n}");
    }
}
