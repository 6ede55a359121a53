package org.fedoraproject.fmn.schema.ansible;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.Schema;
import org.junit.jupiter.api.Test;

class AnsibleSchemasTest {

    private static MessageFacts derive(String schemaName, String body) {
        Schema schema = new AnsibleSchemas().schemas().stream()
                .filter(s -> s.name().equals(schemaName)).findFirst().orElseThrow();
        return schema.derive(SerializedMessageCodec.read("""
                {"id": "a-1", "topic": "%s", "headers": {"fedora_messaging_schema": "%s"}, "body": %s}
                """.formatted(schemaName, schemaName, body)));
    }

    @Test
    void playbookRunNamesItsUserButNoAgent() {
        MessageFacts facts = derive("ansible.playbook.complete",
                "{\"userid\": \"ops\", \"playbook\": \"playbooks/site.yml\"}");

        assertThat(facts.summary()).isEqualTo("ops's playbooks/site.yml playbook run completed");
        assertThat(facts.agentName()).isNull();
        assertThat(facts.usernames()).containsExactly("ops");
        assertThat(facts.text()).startsWith("Id: a-1\n");
    }

    @Test
    void pushWithoutAgentNamesAnUnknownUser() {
        MessageFacts facts = derive("git.receive", """
                {"commit": {"username": "dev", "repo": "tool", "branch": "main", "summary": "Fix it"}}
                """);

        assertThat(facts.summary()).isEqualTo("dev pushed to tool (main). \"Fix it\"");
        assertThat(facts.usernames()).containsExactly((String) null);
        assertThat(facts.appName()).isEqualTo("distgit");
    }
}
