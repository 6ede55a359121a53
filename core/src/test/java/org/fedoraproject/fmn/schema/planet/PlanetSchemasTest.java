package org.fedoraproject.fmn.schema.planet;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.Schema;
import org.junit.jupiter.api.Test;

class PlanetSchemasTest {

    private static MessageFacts derive(String body) {
        Schema schema = new PlanetSchemas().schemas().stream()
                .filter(s -> s.name().equals("planet.post.new")).findFirst().orElseThrow();
        return schema.derive(SerializedMessageCodec.read("""
                {"id": "p-1", "topic": "planet.post.new",
                 "headers": {"fedora_messaging_schema": "planet.post.new"}, "body": %s}
                """.formatted(body)));
    }

    @Test
    void summaryQuotesTheTitleAsPythonReprDoes() {
        MessageFacts facts = derive("{\"username\": \"blogger\", \"post\": {\"title\": \"Fedora's new look\"}}");

        assertThat(facts.summary()).isEqualTo("A new post \"Fedora's new look\" was published on planet by 'blogger'.");
        assertThat(facts.text()).isEqualTo(facts.summary());
        assertThat(facts.appName()).isNull();
        assertThat(facts.usernames()).containsExactly("blogger");
    }

    @Test
    void untitledAnonymousPostLeavesBothOut() {
        MessageFacts facts = derive("{\"post\": {\"title\": null}}");

        assertThat(facts.summary()).isEqualTo("A new post was published on planet.");
        assertThat(facts.agentName()).isNull();
        assertThat(facts.usernames()).isEmpty();
    }
}
