package org.fedoraproject.fmn.schema.tahrir;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.SchemaRegistry;
import org.junit.jupiter.api.Test;

class TahrirSchemasTest {

    private final SchemaRegistry registry = new SchemaRegistry(new TahrirSchemas().schemas());

    @Test
    void badgeAwardHasNoAgentAndItsTextIsTheBadgeDescription() {
        MessageFacts facts = registry.derive(SerializedMessageCodec.read("""
                {"id": "c0ffee00-0000-4000-8000-000000000070", "topic": "badges.badge.award",
                 "headers": {"fedora_messaging_schema": "badges.badge.award.v1"},
                 "body": {"user": {"username": "newbie", "badges_user_id": 9},
                          "badge": {"badge_id": "early-bird", "name": "Early Bird",
                                    "description": "Logged in before dawn", "image_url": "https://img.example/b.png"}}}
                """));
        assertThat(facts.agentName()).isNull();
        assertThat(facts.usernames()).containsExactly("newbie");
        assertThat(facts.summary()).isEqualTo("newbie was awarded the badge `Early Bird`");
        assertThat(facts.text()).isEqualTo("Logged in before dawn");
    }

    @Test
    void rankAdvanceFromNoRankPrintsNone() {
        MessageFacts facts = registry.derive(SerializedMessageCodec.read("""
                {"id": "c0ffee00-0000-4000-8000-000000000071", "topic": "badges.person.rank.advance",
                 "headers": {"fedora_messaging_schema": "badges.person.rank.advance.v1"},
                 "body": {"old_rank": null, "person": {"nickname": "climber", "rank": 12, "id": 5,
                          "email": "c@example.org", "bio": null, "website": null}}}
                """));
        assertThat(facts.usernames()).containsExactly("climber");
        assertThat(facts.summary()).isEqualTo("climber's Badges rank changed from None to 12");
        assertThat(facts.text()).isEqualTo(facts.summary());
    }
}
