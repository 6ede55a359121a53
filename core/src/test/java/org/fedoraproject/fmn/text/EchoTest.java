package org.fedoraproject.fmn.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.Json;
import org.junit.jupiter.api.Test;

class EchoTest {

    @Test
    void aNewlineInAValueCannotStartALineOfItsOwn() {
        String forged = Echo.of("m1\nmessages.jsonl:99: forged");

        assertThat(forged).isEqualTo("m1\\nmessages.jsonl:99: forged").doesNotContain("\n");
    }

    @Test
    void terminalControlsAreShownNotObeyed() {
        assertThat(Echo.of("\u001b[2J\rok\tthen\u0007")).isEqualTo("\\u001b[2J\\rok\\tthen\\u0007");
        assertThat(Echo.of("a\u007fb\u0085c")).isEqualTo("a\\u007fb\\u0085c");
    }

    @Test
    void invisibleFormattingAndLineSeparatorsAreShown() {
        // Bidirectional overrides can make a line read differently from what it holds.
        assertThat(Echo.of("x\u202ey\u2028z\u2029")).isEqualTo("x\\u202ey\\u2028z\\u2029");
        // A tag character, outside the BMP: shown as its two UTF-16 halves, as JSON would.
        assertThat(Echo.of("a\udb40\udc41b")).isEqualTo("a\\udb40\\udc41b");
    }

    @Test
    void loneSurrogatesAreShownWhilePairsArePrintedAsTheyAre() {
        assertThat(Echo.of("\ud83d\ude00 ok")).isEqualTo("\ud83d\ude00 ok");
        assertThat(Echo.of("a\ud800b\udc00")).isEqualTo("a\\ud800b\\udc00");
    }

    @Test
    void ordinaryTextIsUnchanged() {
        String text = "rule 4: tracking_rule.name: unknown tracking rule \"artifacts-stolen\" — café 日本 \\n";

        assertThat(Echo.of(text)).isEqualTo(text);
    }

    @Test
    void aLongValueIsCutAndSaysHowMuchIsLeft() {
        String huge = "x".repeat(50_000_000);

        String shown = Echo.of(huge);

        assertThat(shown).isEqualTo("x".repeat(Echo.VALUE_LIMIT) + "…(49999800 more)");
    }

    @Test
    void theLimitCountsTheValueNotItsEscapes() {
        assertThat(Echo.of("\n".repeat(5), 3)).isEqualTo("\\n\\n\\n…(2 more)");
        assertThat(Echo.of("abc", 3)).isEqualTo("abc");
    }

    @Test
    void aCutNeverSplitsACharacterInTwo() {
        assertThat(Echo.of("ab\ud83d\ude00cd", 3)).isEqualTo("ab…(4 more)");
    }

    @Test
    void aLongMessageKeepsItsBeginningAndItsEnd() {
        String message = "message " + "x".repeat(5_000_000) + " has no body";

        String shown = Echo.message(message);

        assertThat(shown).startsWith("message xxx").endsWith("xxx has no body")
                .contains("…(" + (message.length() - Echo.MESSAGE_LIMIT) + " more)…");
        assertThat(shown.length()).isLessThan(Echo.MESSAGE_LIMIT + 30);
    }

    @Test
    void aShortMessageIsOnlyEscaped() {
        assertThat(Echo.message("line 1\nline 2")).isEqualTo("line 1\\nline 2");
    }

    @Test
    void aJsonValueIsQuotedAsJsonAndAContainerByItsKind() {
        assertThat(Echo.json(Json.MAPPER.readTree("\"al\\nice\""))).isEqualTo("\"al\\nice\"");
        assertThat(Echo.json(Json.MAPPER.readTree("42"))).isEqualTo("42");
        assertThat(Echo.json(Json.MAPPER.readTree("null"))).isEqualTo("null");
        assertThat(Echo.json(Json.MAPPER.readTree("[\"a\", \"b\"]"))).isEqualTo("a list");
        assertThat(Echo.json(Json.MAPPER.readTree("{\"a\": 1}"))).isEqualTo("an object");
        assertThat(Echo.json(null)).isEqualTo("nothing");
        assertThat(Echo.json(Json.MAPPER.readTree("\"" + "y".repeat(1000) + "\""))).endsWith("…(800 more)\"");
    }

    @Test
    void nullIsShownAsNull() {
        assertThat(Echo.of(null)).isEqualTo("null");
    }
}
