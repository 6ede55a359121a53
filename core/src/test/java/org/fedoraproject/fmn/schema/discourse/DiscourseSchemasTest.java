package org.fedoraproject.fmn.schema.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.junit.jupiter.api.Test;

class DiscourseSchemasTest {

    private static MessageFacts derive(String instance, String type, String event, String contents) {
        return new DiscourseSchemas().schemas().get(0).derive(SerializedMessageCodec.read("""
                {"id": "d-1", "topic": "discourse.%2$s.%3$s",
                 "headers": {"fedora_messaging_schema": "discourse.event.v1"},
                 "body": {"webhook_headers": {"X-Discourse-Instance": "%1$s", "X-Discourse-Event-Type": "%2$s",
                                              "X-Discourse-Event": "%3$s", "X-Discourse-Event-Id": "1",
                                              "X-Discourse-Event-Signature": "sha256=0"},
                          "webhook_body": %4$s}}
                """.formatted(instance, type, event, contents)));
    }

    @Test
    void likeNamesTheLikerAsAgentAndThePostAuthorAsUser() {
        MessageFacts facts = derive("https://discussion.fedoraproject.org", "like", "post_liked", """
                {"like": {"user": {"username": "fan"},
                          "post": {"username": "writer", "topic_title": "Hello"}}}
                """);

        assertThat(facts.agentName()).isEqualTo("fan");
        assertThat(facts.usernames()).containsExactly("writer");
        assertThat(facts.summary())
                .isEqualTo("Post Liked on Fedora Discussion: fan liked writer's post on 'Hello'");
    }

    @Test
    void unknownEventOfUnknownForumGetsTheGenericSummaryAndAnUnknownUser() {
        MessageFacts facts = derive("https://forum.example.org", "solved", "unaccepted_solution", "{}");

        assertThat(facts.summary()).isEqualTo("None: solved.unaccepted_solution");
        assertThat(facts.agentName()).isNull();
        assertThat(facts.usernames()).containsExactly((String) null);
    }
}
