package org.fedoraproject.fmn.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.message.Severity;
import org.junit.jupiter.api.Test;

class FactsJsonTest {

    private static MessageFacts read(String json) {
        return FactsJson.fromTree(Json.MAPPER.readTree(json));
    }

    @Test
    void readsTheFactsAMessagesFileHolds() {
        MessageFacts facts = read("""
                {"id": "m1", "topic": "a.b", "severity": 30, "app_name": "koji", "usernames": ["ada"],
                 "packages": ["vim"], "sent_at": "2026-03-01T10:15:00+00:00"}
                """);

        assertThat(facts.id()).isEqualTo("m1");
        assertThat(facts.severity()).isEqualTo(Severity.WARNING);
        assertThat(facts.usernames()).containsExactly("ada");
        assertThat(facts.groups()).isEmpty();
        assertThat(facts.text()).isNull();
        assertThat(facts.sentAt().getYear()).isEqualTo(2026);
    }

    @Test
    void aSeverityBeyondSixtyFourBitsIsNamedAsASeverity() {
        for (String level : java.util.List.of("18446744073709551616", "-18446744073709551636", "1" + "0".repeat(400))) {
            assertThatThrownBy(() -> read("{\"id\": \"m1\", \"topic\": \"a.b\", \"severity\": " + level + "}"))
                    .as(level)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("message m1: severity is " + level + ", expected 10, 20, 30 or 40");
        }
    }

    @Test
    void anIdOrTopicWithALoneSurrogateIsRefused() {
        assertThatThrownBy(() -> read("{\"id\": \"x\\ud800\", \"topic\": \"a.b\", \"severity\": 20}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id \"x\\ud800\" is not valid Unicode: it holds a lone surrogate (\\ud800)");
        assertThatThrownBy(() -> read("{\"id\": \"m1\", \"topic\": \"a.\\udc00\", \"severity\": 20}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("message m1: topic \"a.\\udc00\" is not valid Unicode: it holds a lone surrogate (\\udc00)");
    }
}
