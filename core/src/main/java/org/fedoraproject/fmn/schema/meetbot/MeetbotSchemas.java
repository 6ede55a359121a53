package org.fedoraproject.fmn.schema.meetbot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.JsonValues;
import org.fedoraproject.fmn.schema.PythonFormat;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

import tools.jackson.databind.JsonNode;

/** The schemas of meetbot-messages: meetings held with the Matrix meeting bot. */
public final class MeetbotSchemas implements SchemaPackage {

    private static final SchemaDefinition MEETBOT = SchemaDefinition.template()
            .appName("meetbot")
            .appIcon("https://apps.fedoraproject.org/img/icons/meetbot.png")
            .url(m -> JsonValues.string(m.body(), "url"));

    private static final List<Schema> SCHEMAS = List.of(
            MEETBOT.named("meetbot.meeting.start")
                    .agentName(m -> JsonValues.string(m.body(), "start_user"))
                    .usernames(m -> List.of(JsonValues.string(m.body(), "start_user")))
                    .summary(m -> "Meeting '" + field(m, "meeting_name") + "' started in " + field(m, "location"))
                    .text(m -> JsonValues.str(m.body(), "start_user") + " started meeting '"
                            + field(m, "meeting_name") + "' in " + field(m, "location")
                            + " at " + field(m, "start_time")),
            MEETBOT.named("meetbot.meeting.complete")
                    .agentName(m -> JsonValues.string(m.body(), "end_user"))
                    .usernames(MeetbotSchemas::everyoneInvolved)
                    .summary(m -> "Meeting '" + field(m, "meeting_name") + "' in " + field(m, "location")
                            + " finished")
                    .text(MeetbotSchemas::minutes));

    @Override
    public String name() {
        return "meetbot-messages";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }

    /** Python's {@code str(node[k1][k2]...)}: fails when a key is missing. */
    private static String field(JsonNode node, String... path) {
        JsonNode current = node;
        for (String key : path) {
            current = current.required(key);
        }
        return PythonFormat.str(current);
    }

    private static String field(Message m, String key) {
        return field(m.body(), key);
    }

    private static String minutes(Message m) {
        StringBuilder attendees = new StringBuilder();
        for (JsonNode attendee : list(m.body().required("attendees"))) {
            attendees.append("* ").append(field(attendee, "name")).append(": ")
                    .append(field(attendee, "lines_said")).append(" lines said\n");
        }
        StringBuilder logs = new StringBuilder();
        for (JsonNode log : list(m.body().required("logs"))) {
            logs.append("* [").append(field(log, "log_type")).append("](")
                    .append(field(log, "log_url")).append(")\n");
        }
        return JsonValues.str(m.body(), "end_user") + " ended meeting '" + field(m, "meeting_name")
                + "' in " + field(m, "location") + " at " + field(m, "end_time") + "\n\n"
                + "# Attendees\n\n" + attendees
                + "\n# Logs\n\n" + logs;
    }

    // Chairs, the user who ended the meeting and the attendees, without repeats, sorted as Python
    // sorts strings (by code point).
    private static List<String> everyoneInvolved(Message m) {
        List<String> names = new ArrayList<>();
        for (JsonNode chair : list(m.body().required("chairs"))) {
            names.add(string(chair));
        }
        names.add(string(m.body().required("end_user")));
        for (JsonNode attendee : list(m.body().required("attendees"))) {
            names.add(string(attendee.required("name")));
        }
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(names));
        sorted.sort((a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
        return sorted;
    }

    private static JsonNode list(JsonNode node) {
        if (!node.isArray()) {
            throw new IllegalArgumentException("not a list: " + node);
        }
        return node;
    }

    // Upstream sorts the names, which fails on anything but strings.
    private static String string(JsonNode node) {
        if (!node.isString()) {
            throw new IllegalArgumentException("not a string: " + node);
        }
        return node.stringValue();
    }
}
