package org.fedoraproject.fmn.schema.bodhi;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.SchemaRegistry;
import org.junit.jupiter.api.Test;

class BodhiSchemasTest {

    private final SchemaRegistry registry = new SchemaRegistry(new BodhiSchemas().schemas());

    private static final String UPDATE = """
            {"alias": "FEDORA-2031-0123456789", "status": "testing", "request": null,
             "release": {"name": "F41"}, "user": {"name": "zoe"},
             "builds": [{"nvr": "python-flufl-i18n-5.1.0-3.fc41"}, {"nvr": "nano-8.2-1.fc41"}]}""";

    private MessageFacts comment(String text) {
        return registry.derive(SerializedMessageCodec.read("""
                {"id": "b-1", "topic": "bodhi.update.comment",
                 "headers": {"fedora_messaging_schema": "bodhi.update.comment.v1", "fedora_messaging_severity": 20},
                 "body": {"comment": {"karma": 1, "timestamp": "2031-01-02 03:04:05", "user": {"name": "max"},
                                      "text": %s, "update": %s}}}
                """.formatted(text, UPDATE)));
    }

    @Test
    void commentUsernamesAreCommenterMentionsAndSubmitterSorted() {
        MessageFacts facts = comment("\"LGTM, thanks @zoe and @Ålex_2!\\n@bob. Not mail@example.org\"");

        assertThat(facts.agentName()).isEqualTo("max");
        assertThat(facts.usernames()).containsExactly("bob", "max", "zoe", "Ålex_2");
        assertThat(facts.packages()).containsExactly("python-flufl-i18n", "nano");
    }

    @Test
    void summaryTruncatesTheBuildsAtFortyCharacters() {
        MessageFacts facts = comment("\"ok\"");

        // "python-flufl-i18n-5.1.0-3.fc41 nano-8.2-1.fc41" is 46 characters: the first 40 are kept.
        assertThat(facts.summary()).isEqualTo("max commented on update python-flufl-i18n-5.1.0-3.fc41 nano-8.2-… (karma: 1)");
        assertThat(facts.url()).isEqualTo("https://bodhi.fedoraproject.org/updates/FEDORA-2031-0123456789");
    }

    @Test
    void withdrawingRequestsUseThePastTenseAndOthersSaySubmitted() {
        MessageFacts obsolete = request("obsolete", "zoe");
        MessageFacts testing = request("testing", "max");

        assertThat(obsolete.summary()).startsWith("zoe obsoleted their update FEDORA-2031-0123456789 (");
        assertThat(testing.text()).isEqualTo("max submitted zoe's update FEDORA-2031-0123456789 to testing.\n"
                + "Builds:\npython-flufl-i18n-5.1.0-3.fc41\nnano-8.2-1.fc41");
        assertThat(testing.usernames()).containsExactly("max", "zoe");
    }

    private MessageFacts request(String request, String agent) {
        return registry.derive(SerializedMessageCodec.read("""
                {"id": "b-2", "topic": "org.fedoraproject.stg.bodhi.update.request.%s",
                 "headers": {"fedora_messaging_schema": "bodhi.update.request.%s.v1", "fedora_messaging_severity": 20},
                 "body": {"agent": "%s", "update": %s}}
                """.formatted(request, request, agent, UPDATE)));
    }

    @Test
    void packageIsTheNvrWithoutItsLastTwoParts() {
        assertThat(BodhiBase.packageOf("golang-github-foo-bar-0-0.1.git1234.fc40")).isEqualTo("golang-github-foo-bar");
        assertThat(BodhiBase.packageOf("odd-1")).isEqualTo("odd");
        assertThat(BodhiBase.packageOf("plain")).isEqualTo("plain");
    }
}
