package org.fedoraproject.fmn.schema.maubot;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.SchemaRegistry;
import org.junit.jupiter.api.Test;

class MaubotSchemasTest {

    @Test
    void cookieTextCountsTheCookiesOfTheCurrentReleaseOnly() {
        MessageFacts facts = new SchemaRegistry(new MaubotSchemas().schemas()).derive(SerializedMessageCodec.read("""
                {"id": "c0ffee00-0000-4000-8000-000000000030", "topic": "maubot.cookie.give.v1",
                 "headers": {"fedora_messaging_schema": "maubot.cookie.give.v1"},
                 "body": {"sender": "bob", "recipient": "carol", "fedora_release": "41", "total": 7,
                          "count_by_release": {"40": 4, "41": 3}}}
                """));
        assertThat(facts.agentName()).isEqualTo("bob");
        assertThat(facts.usernames()).containsExactly("bob", "carol");
        assertThat(facts.summary()).isEqualTo("bob gave a cookie to carol");
        assertThat(facts.text()).isEqualTo("bob gave a cookie to carol. They now have 7 cookie(s), "
                + "3 of which were obtained in the Fedora 41 release cycle");
    }
}
