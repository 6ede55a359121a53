package org.fedoraproject.fmn.schema.meetbot;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.SchemaRegistry;
import org.junit.jupiter.api.Test;

class MeetbotSchemasTest {

    @Test
    void completedMeetingNamesChairsEnderAndAttendeesOnceInSortedOrder() {
        MessageFacts facts = new SchemaRegistry(new MeetbotSchemas().schemas()).derive(SerializedMessageCodec.read("""
                {"id": "c0ffee00-0000-4000-8000-000000000050", "topic": "meetbot.meeting.complete",
                 "headers": {"fedora_messaging_schema": "meetbot.meeting.complete"},
                 "body": {"start_time": "2024-06-01T10:00:00+0000", "start_user": "zoe",
                          "end_time": "2024-06-01T10:30:00+0000", "end_user": "mia",
                          "location": "#council", "meeting_name": "council", "url": "https://logs.example/c",
                          "chairs": ["zoe", "mia"],
                          "attendees": [{"name": "zoe", "lines_said": 10}, {"name": "ben", "lines_said": 2}],
                          "logs": [{"log_type": "Minutes", "log_url": "https://logs.example/c.html"}]}}
                """));
        assertThat(facts.agentName()).isEqualTo("mia");
        assertThat(facts.usernames()).containsExactly("ben", "mia", "zoe");
        assertThat(facts.summary()).isEqualTo("Meeting 'council' in #council finished");
        assertThat(facts.text()).isEqualTo("mia ended meeting 'council' in #council at 2024-06-01T10:30:00+0000\n\n"
                + "# Attendees\n\n* zoe: 10 lines said\n* ben: 2 lines said\n\n"
                + "# Logs\n\n* [Minutes](https://logs.example/c.html)\n");
        assertThat(facts.url()).isEqualTo("https://logs.example/c");
    }
}
