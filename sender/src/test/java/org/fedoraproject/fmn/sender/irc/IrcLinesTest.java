package org.fedoraproject.fmn.sender.irc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class IrcLinesTest {

    @Test
    void aShortMessageIsOneLine() {
        assertThat(IrcLines.split("firefox-120.0-1.fc40 built", 100)).containsExactly("firefox-120.0-1.fc40 built");
    }

    @Test
    void aLongMessageIsCutAtTheLastSpaceThatFits() {
        assertThat(IrcLines.split("one two three four", 9)).containsExactly("one two", "three", "four");
    }

    @Test
    void aWordLongerThanALineIsCutWhereTheLineIsFull() {
        assertThat(IrcLines.split("see https://example.org/aaaaaaaaaa", 12))
                .containsExactly("see", "https://exam", "ple.org/aaaa", "aaaaaa");
    }

    @Test
    void linesAreCountedInUtf8BytesAndNeverCutInsideACharacter() {
        // é is 2 bytes, 🎉 is 4 (a surrogate pair in Java)
        List<String> lines = IrcLines.split("éééé🎉🎉éé", 7);

        assertThat(lines).containsExactly("ééé", "é🎉", "🎉é", "é");
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(7));
        assertThat(String.join("", lines)).isEqualTo("éééé🎉🎉éé");
    }

    @Test
    void lineBreaksStartNewLinesAndBlankLinesAreNotSent() {
        assertThat(IrcLines.split("first\r\n\nsecond\rthird\n", 100)).containsExactly("first", "second", "third");
    }

    @Test
    void nulCannotBeSentAndIsDropped() {
        assertThat(IrcLines.split("a\0b", 100)).containsExactly("ab");
    }

    @Test
    void anEmptyMessageIsNoLine() {
        assertThat(IrcLines.split("  \n ", 100)).isEmpty();
    }
}
