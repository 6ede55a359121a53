package org.fedoraproject.fmn.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SentAtTest {

    @Test
    void readsWhatPythonsIsoformatWrites() {
        assertThat(SentAt.parse("2024-05-24T09:13:41.123456+00:00")).contains(
                OffsetDateTime.of(2024, 5, 24, 9, 13, 41, 123_456_000, ZoneOffset.UTC));
        assertThat(SentAt.parse("2014-10-03T09:17:14-04:30")).contains(
                OffsetDateTime.of(2014, 10, 3, 9, 17, 14, 0, ZoneOffset.ofHoursMinutes(-4, -30)));
        assertThat(SentAt.parse("2024-01-01T00:00:00Z")).contains(
                OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void anythingElseIsNoDate() {
        assertThat(SentAt.parse(null)).isEmpty();
        assertThat(SentAt.parse("yesterday")).isEmpty();
        assertThat(SentAt.parse("2024-02-30T00:00:00+00:00")).isEmpty();
        assertThat(SentAt.parse("2024-01-01T00:00:00")).as("no offset").isEmpty();
    }

    /** Random variations of valid and broken date-times read as {@link OffsetDateTime#parse} reads them. */
    @Test
    void agreesWithTheGeneralParserOnRandomText() {
        Random random = new Random(5);
        String[] templates = {"2024-05-24T09:13:41.123456+00:00", "1999-12-31T23:59:59Z", "2024-02-29T12:00:00-12:45",
                "2023-02-29T12:00:00+18:00", "2024-01-01T00:00:00.5+05:30", "2024-01-01t00:00:00z"};
        String alphabet = "0123456789-+:.TZtz ";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder(templates[random.nextInt(templates.length)]);
            for (int edits = random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(text.length());
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.setCharAt(at, c);
                    case 1 -> text.insert(at, c);
                    default -> text.deleteCharAt(at);
                }
            }
            assertThat(SentAt.parse(text.toString())).as(text.toString()).isEqualTo(general(text.toString()));
        }
    }

    private static Optional<OffsetDateTime> general(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
