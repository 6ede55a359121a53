package org.fedoraproject.fmn.schema.fedocal;

import java.util.List;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.JsonValues;
import org.fedoraproject.fmn.schema.PythonFormat;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

import tools.jackson.databind.JsonNode;

/** The schemas of fedocal-messages: the Fedora calendar's calendars, meetings and reminders. */
public final class FedocalSchemas implements SchemaPackage {

    // Upstream defines an "agent" property but not agent_name, so the agent name stays unknown
    // although the agent is the one username. Its summary is its text.
    private static final SchemaDefinition FEDOCAL = SchemaDefinition.template()
            .appName("fedocal")
            .appIcon("https://apps.fedoraproject.org/img/icons/fedocal.png")
            .usernames(FedocalSchemas::agentIfAny)
            .url(m -> JsonValues.string(m.body(), "thing", "url"))
            .textSameAsSummary();

    private static final List<Schema> SCHEMAS = List.of(
            FEDOCAL.named("fedocal.calendar.new")
                    .summary(m -> agent(m) + " has created a new calendar " + calendar(m)),
            FEDOCAL.named("fedocal.calendar.update")
                    .summary(m -> agent(m) + " has updated a calendar " + calendar(m)),
            FEDOCAL.named("fedocal.calendar.upload")
                    .summary(m -> agent(m) + " has uploaded meetings in the calendar " + calendar(m)),
            FEDOCAL.named("fedocal.calendar.delete")
                    .summary(m -> agent(m) + " has deleted the calendar " + calendar(m)),
            FEDOCAL.named("fedocal.calendar.clear")
                    .summary(m -> agent(m) + " has cleared the calendar " + calendar(m)),
            FEDOCAL.named("fedocal.meeting.new")
                    .summary(m -> agent(m) + " has created a new meeting " + meeting(m)
                            + " in calendar " + calendar(m)),
            FEDOCAL.named("fedocal.meeting.update")
                    .summary(m -> agent(m) + " has updated meeting " + meeting(m) + " in calendar " + calendar(m)),
            FEDOCAL.named("fedocal.meeting.delete")
                    .summary(m -> agent(m) + " has deleted the meeting " + meeting(m)
                            + " from the calendar " + calendar(m)),
            FEDOCAL.named("fedocal.meeting.reminder")
                    .summary(m -> "Remember about the meeting '" + meeting(m) + "' from the '"
                            + calendar(m) + "' calendar")
                    .text(FedocalSchemas::reminderText));

    @Override
    public String name() {
        return "fedocal-messages";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }

    /** The agent when it is a non-empty string (upstream keeps it only when truthy). */
    private static List<String> agentIfAny(Message m) {
        String agent = JsonValues.string(m.body(), "agent");
        return agent == null || agent.isEmpty() ? List.of() : List.of(agent);
    }

    private static String agent(Message m) {
        return PythonFormat.str(m.body().required("agent"));
    }

    private static String calendar(Message m) {
        return PythonFormat.str(m.body().required("calendar").required("calendar_name"));
    }

    private static String meeting(Message m) {
        return PythonFormat.str(m.body().required("meeting").required("meeting_name"));
    }

    private static String reminderText(Message m) {
        JsonNode meeting = m.body().required("meeting");
        return "Friendly reminder!  The '" + meeting(m) + "' meeting from the '" + calendar(m)
                + "' calendar starts " + CasualTimedelta.untilMeeting(meeting, m);
    }
}
