package org.fedoraproject.fmn.schema.bugzilla;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.Schema;
import org.junit.jupiter.api.Test;

class BugzillaSchemasTest {

    private static MessageFacts derive(String schemaName, String body) {
        Schema schema = new BugzillaSchemas().schemas().stream()
                .filter(s -> s.name().equals(schemaName)).findFirst().orElseThrow();
        return schema.derive(SerializedMessageCodec.read("""
                {"id": "b-1", "topic": "bugzilla.bug.update",
                 "headers": {"fedora_messaging_schema": "%s"}, "body": %s}
                """.formatted(schemaName, body)));
    }

    @Test
    void modifySummaryListsChangedFieldsWithOxfordCommaAndShortensTheTitle() {
        MessageFacts facts = derive("bugzilla2fedmsg.messageV1", """
                {"bug": {"id": 42, "summary": "Frobnicator crashes whenever the moon is full again",
                         "component": {"name": "frobnicator"}},
                 "event": {"action": "modify", "target": "bug", "user": {"login": "pat@example.org"},
                           "changes": [{"field": "status"}, {"field": "cc"}, {"field": "priority"}]}}
                """);

        assertThat(facts.summary()).isEqualTo("pat@example.org updated 'status', 'cc', and 'priority'"
                + " on RHBZ#42 'Frobnicator crashes whenever the moon is...'");
        assertThat(facts.text()).isEqualTo(facts.summary());
        assertThat(facts.agentName()).isNull();
        assertThat(facts.packages()).containsExactly("frobnicator");
        assertThat(facts.url()).isEqualTo("https://bugzilla.redhat.com/show_bug.cgi?id=42");
    }

    @Test
    void relayedFasNameIsTheAgentAndReviewRequestsNameNoPackage() {
        MessageFacts facts = derive("bugzilla2fedmsg.messageV1bz4", """
                {"agent_name": "pat", "usernames": ["pat", "sam"],
                 "bug": {"id": 7, "summary": "Review Request: foo", "component": "Package Review"},
                 "event": {"action": "create", "target": "comment", "user": {"login": "pat@example.org"}}}
                """);

        assertThat(facts.summary()).isEqualTo("pat added comment on RHBZ#7 'Review Request: foo'");
        assertThat(facts.agentName()).isEqualTo("pat");
        assertThat(facts.usernames()).containsExactly("pat", "sam");
        assertThat(facts.packages()).isEmpty();
    }
}
