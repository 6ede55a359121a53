package org.fedoraproject.fmn.schema.fedocal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.SchemaRegistry;
import org.junit.jupiter.api.Test;

class FedocalSchemasTest {

    private final SchemaRegistry registry = new SchemaRegistry(new FedocalSchemas().schemas());

    private MessageFacts reminder(String sentAt, String date, String time) {
        return registry.derive(SerializedMessageCodec.read("""
                {"id": "c0ffee00-0000-4000-8000-000000000001", "topic": "fedocal.meeting.reminder",
                 "headers": {"fedora_messaging_schema": "fedocal.meeting.reminder", "sent-at": "%s"},
                 "body": {"calendar": {"calendar_name": "infra"},
                          "meeting": {"meeting_name": "standup", "meeting_date": "%s",
                                      "meeting_time_start": "%s"}}}
                """.formatted(sentAt, date, time)));
    }

    @Test
    void reminderTellsTheLargestUnitBeforeTheMeetingCountedFromSentAt() {
        assertThat(reminder("2025-05-10T07:44:28+00:00", "2025-05-10", "10:00:00").text())
                .isEqualTo("Friendly reminder!  The 'standup' meeting from the 'infra' calendar starts in 2 hours");
        assertThat(reminder("2025-05-10T09:59:10+00:00", "2025-05-10", "10:00:00").text())
                .endsWith("starts right now");
        assertThat(reminder("2025-05-10T09:59:00+00:00", "2025-05-10", "10:00:00").text())
                .endsWith("starts in 1 minute");
        // sent-at is taken in UTC, as the meeting times are.
        assertThat(reminder("2025-05-10T11:50:00+02:00", "2025-05-10", "10:00:00").text())
                .endsWith("starts in 10 minutes");
    }

    @Test
    void pastMeetingsReadAsNegativeAndOnlyExactlyOneIsSingular() {
        assertThat(reminder("2025-05-10T00:00:00+00:00", "2024-02-01", "12:00:00").text())
                .endsWith("starts in -1 years");
        assertThat(reminder("2025-05-10T00:00:00+00:00", "2026-05-10", "00:00:00").text())
                .endsWith("starts in 1 year");
    }

    @Test
    void monthsAreCalendarMonthsClampedToTheMonthEndAsRelativedelta() {
        // Jan 31 + 1 month lands on Feb 29 (2024), which is the target: exactly one month.
        assertThat(CasualTimedelta.relativeDelta(
                LocalDateTime.of(2024, 2, 29, 0, 0), LocalDateTime.of(2024, 1, 31, 0, 0)))
                .containsExactly(0, 1, 0, 0, 0);
        // Going back: whole months first, then days, hours and minutes truncated toward zero.
        assertThat(CasualTimedelta.relativeDelta(
                LocalDateTime.of(2023, 11, 15, 8, 30), LocalDateTime.of(2024, 1, 20, 10, 0, 30)))
                .containsExactly(0, -2, -5, -1, -30);
    }

    @Test
    void calendarMessagesNameTheAgentOnlyAsUsername() {
        MessageFacts facts = registry.derive(SerializedMessageCodec.read("""
                {"id": "c0ffee00-0000-4000-8000-000000000002", "topic": "fedocal.calendar.clear",
                 "headers": {"fedora_messaging_schema": "fedocal.calendar.clear"},
                 "body": {"agent": "alice", "calendar": {"calendar_name": "design"}}}
                """));
        assertThat(facts.agentName()).isNull();
        assertThat(facts.usernames()).containsExactly("alice");
        assertThat(facts.summary()).isEqualTo("alice has cleared the calendar design");
        assertThat(facts.text()).isEqualTo(facts.summary());
    }
}
