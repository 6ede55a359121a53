package org.fedoraproject.fmn.schema.noggin;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.SchemaRegistry;
import org.junit.jupiter.api.Test;

class NogginSchemasTest {

    private final SchemaRegistry registry = new SchemaRegistry(new NogginSchemas().schemas());

    @Test
    void userUpdateByAnAdminListsTheFieldsAndSortsBothNames() {
        MessageFacts facts = registry.derive(SerializedMessageCodec.read("""
                {"id": "c0ffee00-0000-4000-8000-000000000010", "topic": "fas.user.update",
                 "headers": {"fedora_messaging_schema": "noggin.user.update.v1"},
                 "body": {"msg": {"agent": "zed", "user": "amy", "fields": ["mail", "ircnick"]}}}
                """));
        assertThat(facts.usernames()).containsExactly("amy", "zed");
        assertThat(facts.summary()).isEqualTo("zed edited 2 details of amy's Fedora Account");
        assertThat(facts.text()).isEqualTo(
                "zed edited 2 details of amy's Fedora Account\n\nDetails changed:\n\nmail\nircnick ");
    }

    @Test
    void selfServiceKeepsTheRepeatedName() {
        MessageFacts facts = registry.derive(SerializedMessageCodec.read("""
                {"id": "c0ffee00-0000-4000-8000-000000000011", "topic": "fas.user.create",
                 "headers": {"fedora_messaging_schema": "noggin.user.create.v1"},
                 "body": {"msg": {"agent": "amy", "user": "amy"}}}
                """));
        assertThat(facts.usernames()).containsExactly("amy", "amy");
        assertThat(facts.summary()).isEqualTo("amy created a new Fedora Account");
    }
}
