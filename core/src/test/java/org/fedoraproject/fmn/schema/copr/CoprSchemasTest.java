package org.fedoraproject.fmn.schema.copr;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.schema.SchemaTestMessages;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.junit.jupiter.api.Test;

class CoprSchemasTest {

    private static MessageFacts derive(String schemaName, String body) {
        return SchemaTestMessages.derive(new CoprSchemas(), "c-1", schemaName, schemaName, body);
    }

    @Test
    void namespacedSubmitterIsNeitherAgentNorUserAndGroupOwnersAreDropped() {
        MessageFacts facts = derive("copr.build.start", """
                {"build": 12, "owner": "@sig", "copr": "tools", "chroot": "fedora-rawhide-x86_64",
                 "user": "gitlab.com:someone", "status": 3}
                """);

        assertThat(facts.agentName()).isNull();
        assertThat(facts.usernames()).isEmpty();
        assertThat(facts.summary())
                .isEqualTo("Copr Message in project \"@sig/tools\": build 12: chroot \"fedora-rawhide-x86_64\" started.");
        assertThat(facts.text()).startsWith("Id: c-1\nTopic: copr.build.start\n");
    }

    @Test
    void stompEndMessageReadsItsStatusFromTheNumberString() {
        MessageFacts facts = derive("copr.unused.build.end", """
                {"build": "077", "owner": "zed", "copr": "proj", "chroot": "epel-9-x86_64",
                 "submitter": "amy", "status": "whatever", "status_int": "2"}
                """);

        assertThat(facts.summary())
                .isEqualTo("Copr Message in project \"zed/proj\": build 77: chroot \"epel-9-x86_64\" ended as \"canceled\".");
        assertThat(facts.agentName()).isNull();
        assertThat(facts.usernames()).containsExactly("amy", "zed");
    }
}
