package org.fedoraproject.fmn.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonParseStringTest {

    @Test
    void aStringIsReadWithTheChecksOfItsUtf8Bytes() {
        assertThat(Json.parse("{\"name\": \"Zürich\"}", "answer").get("name").stringValue()).isEqualTo("Zürich");
        assertThatThrownBy(() -> Json.parse("{\"a\": \"\u0000\"}", "answer")).isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("NUL");
        assertThatThrownBy(() -> Json.parse("[".repeat(5_000) + "]".repeat(5_000), "answer"))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("limit");
    }

    @Test
    void aLoneSurrogateIsRefusedRatherThanTurnedIntoAQuestionMark() {
        assertThatThrownBy(() -> Json.parse("{\"id\": \"x\ud800\"}", "answer")).isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("lone surrogate");
    }
}
