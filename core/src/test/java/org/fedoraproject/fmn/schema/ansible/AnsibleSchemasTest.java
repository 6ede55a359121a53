package org.fedoraproject.fmn.schema.ansible;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.schema.SchemaTestMessages;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.junit.jupiter.api.Test;

class AnsibleSchemasTest {

    private static MessageFacts derive(String schemaName, String body) {
        return SchemaTestMessages.derive(new AnsibleSchemas(), "a-1", schemaName, schemaName, body);
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
