package org.fedoraproject.fmn.schema.fedocal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.PythonFormat;

import tools.jackson.databind.JsonNode;

/**
 * The "in 2 hours" / "right now" wording of fedocal's reminders: the largest non-zero unit of
 * the calendar difference between the meeting's start and a reference time, as dateutil's
 * {@code relativedelta} computes it (so a past meeting reads "in -3 years").
 *
 * <p>Upstream compares with the clock when the text is rendered, which makes the same message
 * read differently every time. We compare with the time the message was sent (its
 * {@code sent-at} header, in UTC) instead: that is what the reminder meant when it was published,
 * and it keeps the text a pure function of the message. Without a usable {@code sent-at} we fall
 * back to the current time, as upstream does.
 */
final class CasualTimedelta {

    /**
     * {@code strptime("%Y-%m-%d %H:%M:%S")} of {@code "<date> <time>"}: one- or two-digit fields,
     * any run of whitespace between date and time, nothing left over.
     */
    private static final Pattern MEETING_START = Pattern.compile(
            "(\\d{4})-(1[0-2]|0[1-9]|[1-9])-(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])\\s+"
                    + "(2[0-3]|[01]\\d|\\d):([0-5]\\d|\\d):(6[01]|[0-5]\\d|\\d)");

    private static final String[] UNITS = {"years", "months", "days", "hours", "minutes"};

    private CasualTimedelta() {
    }

    static String untilMeeting(JsonNode meeting, Message message) {
        LocalDateTime start = meetingStart(meeting);
        LocalDateTime reference = message.sentAt()
                .map(sent -> sent.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime())
                .orElseGet(() -> LocalDateTime.now(ZoneOffset.UTC));
        return casual(start, reference);
    }

    static LocalDateTime meetingStart(JsonNode meeting) {
        String raw = PythonFormat.str(meeting.required("meeting_date")) + " "
                + PythonFormat.str(meeting.required("meeting_time_start"));
        Matcher matcher = MEETING_START.matcher(raw);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a meeting start: " + raw);
        }
        // LocalDateTime.of rejects impossible dates and second 60/61, as datetime() does.
        return LocalDateTime.of(
                Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3).trim()), Integer.parseInt(matcher.group(4)),
                Integer.parseInt(matcher.group(5)), Integer.parseInt(matcher.group(6)));
    }

    /** "in N unit(s)" for the largest non-zero unit of {@code relativedelta(target, reference)}. */
    static String casual(LocalDateTime target, LocalDateTime reference) {
        long[] delta = relativeDelta(target, reference);
        for (int i = 0; i < UNITS.length; i++) {
            if (delta[i] != 0) {
                // Only exactly 1 is singular: -1 stays plural, as upstream.
                String unit = delta[i] == 1 ? UNITS[i].substring(0, UNITS[i].length() - 1) : UNITS[i];
                return "in " + delta[i] + " " + unit;
            }
        }
        return "right now";
    }

    /**
     * Years, months, days, hours and minutes of dateutil's {@code relativedelta(dt1, dt2)}: whole
     * months first (stepping back one when adding them overshoots), then the remaining time split
     * into units, each truncated toward zero.
     */
    static long[] relativeDelta(LocalDateTime dt1, LocalDateTime dt2) {
        long months = (long) (dt1.getYear() - dt2.getYear()) * 12 + (dt1.getMonthValue() - dt2.getMonthValue());
        LocalDateTime shifted = dt2.plusMonths(months);
        if (dt1.isBefore(dt2)) {
            while (dt1.isAfter(shifted)) {
                months++;
                shifted = dt2.plusMonths(months);
            }
        } else {
            while (dt1.isBefore(shifted)) {
                months--;
                shifted = dt2.plusMonths(months);
            }
        }
        // Like timedelta, whole seconds are floored and the sub-second part is non-negative.
        long seconds = Duration.between(shifted, dt1).getSeconds();
        long minutes = seconds / 60;
        long hours = minutes / 60;
        long days = hours / 24;
        return new long[] {months / 12, months % 12, days, hours % 24, minutes % 60};
    }
}
