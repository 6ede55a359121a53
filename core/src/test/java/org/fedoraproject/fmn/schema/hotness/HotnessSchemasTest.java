package org.fedoraproject.fmn.schema.hotness;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.schema.SchemaTestMessages;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.junit.jupiter.api.Test;

class HotnessSchemasTest {

    private static MessageFacts derive(String schema, String body) {
        return SchemaTestMessages.derive(new HotnessSchemas(), "5e0c4c8e-0000-4000-8000-000000000002",
                "org.fedoraproject.prod." + schema, schema, body);
    }

    @Test
    void bugFiledOnNewVersionNamesOnlyTheFedoraPackages() {
        MessageFacts facts = derive("hotness.update.bug.file", """
                {"bug": {"bug_id": 4242},
                 "trigger": {"topic": "org.release-monitoring.prod.anitya.project.version.update",
                             "msg": {"message": {"packages": [
                                 {"distro": "Fedora", "package_name": "golang-x-zeta"},
                                 {"distro": "Arch", "package_name": "go-zeta"},
                                 {"distro": "Fedora", "package_name": "zeta-cli"}]}}}}
                """);

        assertThat(facts.packages()).containsExactly("golang-x-zeta", "zeta-cli");
        assertThat(facts.summary()).isEqualTo("the-new-hotness filed a bug on 'golang-x-zeta, zeta-cli'");
        assertThat(facts.url()).isEqualTo("https://bugzilla.redhat.com/4242");
        assertThat(facts.text()).isEqualTo(
                "The New Hotness filed a bug on 'golang-x-zeta, zeta-cli'\nhttps://bugzilla.redhat.com/4242\n");
    }

    @Test
    void droppedUpdateWithoutAgentListsNoneAsItsOnlyUsername() {
        MessageFacts facts = derive("hotness.update.drop", """
                {"reason": "rawhide",
                 "trigger": {"topic": "org.fedoraproject.prod.buildsys.build.state.change",
                             "msg": {"name": "zeta", "version": "2.0"}}}
                """);

        assertThat(facts.agentName()).isNull();
        assertThat(facts.usernames()).containsExactly((String) null);
        assertThat(facts.packages()).containsExactly("zeta");
        assertThat(facts.summary()).isEqualTo(
                "the-new-hotness saw an update for 'zeta', but no rawhide version of the package could be found yet");
        assertThat(facts.text()).startsWith("Id: 5e0c4c8e-0000-4000-8000-000000000002\nTopic: ");
    }

    @Test
    void droppedUpdateForAnUnknownReasonQuotesTheReason() {
        MessageFacts facts = derive("hotness.update.drop", """
                {"reason": "weather", "agent_name": "robot",
                 "trigger": {"topic": "anitya.project.version.update",
                             "msg": {"package": {"name": "zeta"}}}}
                """);

        assertThat(facts.usernames()).containsExactly("robot");
        assertThat(facts.summary()).isEqualTo(
                "the-new-hotness saw an update for 'zeta', but it got dropped for reason: 'weather'");
    }
}
