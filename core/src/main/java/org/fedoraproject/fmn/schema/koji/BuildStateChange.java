package org.fedoraproject.fmn.schema.koji;

import static org.fedoraproject.fmn.schema.JsonValues.item;
import static org.fedoraproject.fmn.schema.JsonValues.truthy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.JsonValues;
import org.fedoraproject.fmn.schema.Schema;

import tools.jackson.databind.JsonNode;

/** {@code koji_fedoramessaging.build.BuildStateChangeV1}: a build changed state. */
final class BuildStateChange {

    /** Koji's build states, by their number in messages. */
    private static final List<String> STATES = List.of("BUILDING", "COMPLETE", "DELETED", "FAILED", "CANCELED");
    private static final int BUILDING = 0;
    private static final int CANCELED = 4;

    /**
     * What Python 3.11's {@code datetime.fromisoformat} reads: a date (extended or basic), then
     * optionally any one separator character, a time and a UTC offset.
     */
    private static final Pattern ISO_DATE_TIME = Pattern.compile(
            "(\\d{4})-?(\\d{2})-?(\\d{2})"
                    + "(?:.(\\d{2})(?::?(\\d{2})(?::?(\\d{2})(?:[.,](\\d+))?)?)?"
                    + "(Z|[+-]\\d{2}(?::?\\d{2}(?::?\\d{2}(?:\\.\\d{1,6})?)?)?)?)?",
            Pattern.DOTALL);
    // strftime's %a and %b in the C locale, spelled out rather than left to the JDK's locale data.
    private static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    private static final List<String> MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    private BuildStateChange() {
    }

    static Schema schema() {
        return KojiSchemas.KOJI.named("koji_fedoramessaging.build.BuildStateChangeV1")
                .agentName(BuildStateChange::agent)
                .usernames(m -> ownerList(m))
                .packages(m -> truthy(item(m.body(), "name"))
                        ? List.of(JsonValues.str(m.body().get("name")))
                        : List.of())
                .summary(m -> "Build " + state(m) + ": " + JsonValues.str(item(m.body(), "owner")) + "'s " + nvr(m))
                .text(BuildStateChange::text)
                .url(m -> JsonValues.string(item(m.body(), "url")));
    }

    /**
     * The owner is the agent only of what owners do themselves, starting and cancelling a build;
     * koji completes, fails and deletes builds on its own.
     */
    private static String agent(Message message) {
        JsonNode state = message.body().path("new");
        boolean ownersDoing = state.isNumber()
                && (JsonValues.number(state) == BUILDING || JsonValues.number(state) == CANCELED);
        return ownersDoing ? JsonValues.string(item(message.body(), "owner")) : null;
    }

    private static List<String> ownerList(Message message) {
        JsonNode owner = item(message.body(), "owner");
        return truthy(owner) ? List.of(JsonValues.str(owner)) : List.of();
    }

    private static String nvr(Message message) {
        JsonNode body = message.body();
        return JsonValues.str(item(body, "name")) + "-" + JsonValues.str(item(body, "version")) + "-"
                + JsonValues.str(item(body, "release"));
    }

    /** The new state's name ({@code COMPLETE}); an unknown state fails, as upstream's enum lookup. */
    private static String state(Message message) {
        JsonNode value = item(message.body(), "new");
        double number = value.isNumber() ? JsonValues.number(value) : Double.NaN;
        if (number != Math.rint(number) || number < 0 || number >= STATES.size()) {
            throw new IllegalArgumentException("not a build state: " + value);
        }
        return STATES.get(value.asInt());
    }

    // Upstream reads files_base_url whenever there is a task, so bodies without it have no text.
    private static String text(Message message) {
        JsonNode body = message.body();
        String header = "Package:    " + nvr(message) + "\n"
                + "Status:     " + state(message).toLowerCase(Locale.ROOT) + "\n"
                + "Built by:   " + JsonValues.str(item(body, "owner")) + "\n"
                + "ID:         " + JsonValues.str(item(body, "build_id")) + "\n"
                + "Started:    " + displayDate(item(body, "creation_time")) + "\n"
                + "Finished:   " + displayDate(item(body, "completion_time")) + "\n\n";
        JsonNode task = item(body, "task");
        if (task.isNull()) {
            return header + "Build imported into koji\n";
        }
        return header + "Closed tasks:\n-------------\n" + TaskText.of(task, item(body, "files_base_url"));
    }

    /**
     * An ISO 8601 timestamp as koji's {@code date_to_string} shows it
     * ({@code Fri, 09 Jun 2023 07:16:27 UTC}): empty for a non-string, as upstream's caught
     * TypeError; a string Python cannot parse fails the text.
     */
    static String displayDate(JsonNode value) {
        if (!value.isString()) {
            return "";
        }
        Matcher m = ISO_DATE_TIME.matcher(value.stringValue());
        if (!m.matches()) {
            throw new IllegalArgumentException("Invalid isoformat string: " + value.stringValue());
        }
        LocalDateTime time = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), number(m.group(4)), number(m.group(5)), number(m.group(6)));
        return String.format("%s, %02d %s %d %02d:%02d:%02d %s", DAYS.get(time.getDayOfWeek().ordinal()),
                time.getDayOfMonth(), MONTHS.get(time.getMonthValue() - 1), time.getYear(),
                time.getHour(), time.getMinute(), time.getSecond(), zoneName(m.group(8)));
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    /** Python's {@code tzname()} of a parsed offset: {@code UTC}, {@code UTC+05:30}, or nothing when naive. */
    private static String zoneName(String offset) {
        if (offset == null) {
            return "";
        }
        if (offset.equals("Z")) {
            return "UTC";
        }
        String digits = offset.substring(1).replace(":", "");
        String fraction = "";
        int dot = digits.indexOf('.');
        if (dot >= 0) {
            fraction = digits.substring(dot + 1);
            digits = digits.substring(0, dot);
        }
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
        int seconds = digits.length() >= 6 ? Integer.parseInt(digits.substring(4, 6)) : 0;
        int micros = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00000").substring(0, 6));
        if (hours == 0 && minutes == 0 && seconds == 0 && micros == 0) {
            return "UTC";
        }
        String name = String.format("UTC%s%02d:%02d", offset.charAt(0), hours, minutes);
        if (seconds != 0 || micros != 0) {
            name += String.format(":%02d", seconds);
        }
        if (micros != 0) {
            name += String.format(".%06d", micros);
        }
        return name;
    }
}
