package org.fedoraproject.fmn.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.fedoraproject.fmn.message.InvalidMessageException.Problem;
import org.fedoraproject.fmn.schema.Corpus;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

class SerializedMessageCodecTest {

    private static final String UPDATE_COMMENT = """
            {"id": "6d8a1e6c-4f3b-4f0e-9f52-3f8e7b6e2a10", "topic": "org.fedoraproject.prod.bodhi.update.comment",
             "headers": {"fedora_messaging_schema": "bodhi.update.comment.v1", "sent-at": "2026-03-01T10:15:00+00:00",
                         "fedora_messaging_severity": 20, "fedora_messaging_user_alice": true, "x-custom": [1, 2.5, null]},
             "body": {"comment": {"text": "Works for me — ünïcode ✓", "karma": 1, "user": {"name": "alice"}}},
             "queue": null, "priority": 0}
            """;

    @Test
    void readsEveryPartOfASerializedMessage() {
        Message message = SerializedMessageCodec.read(UPDATE_COMMENT);

        assertThat(message.id()).isEqualTo("6d8a1e6c-4f3b-4f0e-9f52-3f8e7b6e2a10");
        assertThat(message.topic()).isEqualTo("org.fedoraproject.prod.bodhi.update.comment");
        assertThat(message.schemaName()).isEqualTo("bodhi.update.comment.v1");
        assertThat(message.severity()).isEqualTo(Severity.INFO);
        assertThat(message.sentAt()).hasValueSatisfying(t -> assertThat(t.getHour()).isEqualTo(10));
        assertThat(message.body().path("comment").path("text").stringValue()).isEqualTo("Works for me — ünïcode ✓");
        assertThat(message.queue()).isNull();
        assertThat(message.priority()).isZero();
    }

    @Test
    void writingThenReadingGivesTheSameMessage() {
        Message message = SerializedMessageCodec.read(UPDATE_COMMENT);

        Message again = SerializedMessageCodec.read(SerializedMessageCodec.write(message));

        assertThat(again).isEqualTo(message);
        assertThat(again.headers().get("x-custom").toString()).isEqualTo("[1,2.5,null]");
    }

    @Test
    void everyCorpusMessageSurvivesTheRoundTrip() {
        for (Corpus.Line line : Corpus.linesOrSkip()) {
            Message message = SerializedMessageCodec.read(line.tree());
            String written = SerializedMessageCodec.write(message);

            assertThat(SerializedMessageCodec.read(written)).as(line.where()).isEqualTo(message);
            ObjectNode original = line.tree().deepCopy();
            original.remove(java.util.List.of("expected", "errors", "notes", "source"));
            assertThat(Json.MAPPER.readTree(written)).as(line.where()).isEqualTo(original);
        }
    }

    @Test
    void textThatIsNotJsonIsRejected() {
        assertThatThrownBy(() -> SerializedMessageCodec.read("{\"id\": \"1\", \"topic\": "))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("not valid JSON")
                .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.NOT_JSON);
    }

    @Test
    void aMessageThatIsNotAnObjectIsRejected() {
        assertThatThrownBy(() -> SerializedMessageCodec.read("[1, 2]"))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("expected an object");
    }

    @Test
    void aBodyThatIsNotAnObjectIsRejected() {
        assertThatThrownBy(() -> SerializedMessageCodec.read(
                "{\"id\": \"m1\", \"topic\": \"a.b\", \"headers\": {}, \"body\": \"hello\"}"))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("body is a JSON string, expected an object")
                .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.WRONG_SHAPE);
    }

    @Test
    void aMessageWithoutTopicIsRejected() {
        assertThatThrownBy(() -> SerializedMessageCodec.read("{\"id\": \"m1\", \"headers\": {}, \"body\": {}}"))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessage("message has no topic")
                .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.MISSING_FIELD);
    }

    @Test
    void aMessageWithoutIdIsRejected() {
        assertThatThrownBy(() -> SerializedMessageCodec.read("{\"topic\": \"a.b\", \"headers\": {}, \"body\": {}}"))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessage("message has no id");
    }

    @Test
    void bytesThatAreNotUtf8AreRejected() {
        byte[] latin1 = "{\"id\": \"m1\", \"topic\": \"caf\u00e9\", \"headers\": {}, \"body\": {}}"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> SerializedMessageCodec.read(latin1))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("not valid UTF-8")
                .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.NOT_UTF8);
    }

    @Test
    void utf16AndUtf32LinesWithoutAByteOrderMarkAreRefusedForTheirNulBytes() {
        String line = "{\"id\": \"m1\", \"topic\": \"a.b\", \"headers\": {}, \"body\": {}}";
        for (java.nio.charset.Charset wide : java.util.List.of(StandardCharsets.UTF_16LE, java.nio.charset.Charset.forName("UTF-32LE"))) {
            assertThatThrownBy(() -> SerializedMessageCodec.read(line.getBytes(wide)))
                    .as(wide.name())
                    .isInstanceOf(InvalidMessageException.class)
                    .hasMessage("message is not UTF-8 JSON: it holds a NUL byte at offset 1 (as UTF-16 or UTF-32 text would)")
                    .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.NOT_UTF8);
        }
    }

    @Test
    void aNulByteInAUtf8LineIsNamedWithItsOffset() {
        byte[] line = "{\"id\": \"m\u00001\", \"topic\": \"a.b\", \"headers\": {}, \"body\": {}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SerializedMessageCodec.read(line))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageStartingWith("message is not UTF-8 JSON: it holds a NUL byte at offset 9")
                .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.NOT_UTF8);
    }

    @Test
    void aSeverityOutsideTheFourLevelsIsRejected() {
        assertThatThrownBy(() -> SerializedMessageCodec.read(
                "{\"id\": \"m1\", \"topic\": \"a.b\", \"headers\": {\"fedora_messaging_severity\": 25}, \"body\": {}}"))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("fedora_messaging_severity is 25")
                .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.BAD_SEVERITY);
        assertThatThrownBy(() -> SerializedMessageCodec.read(
                "{\"id\": \"m1\", \"topic\": \"a.b\", \"headers\": {\"fedora_messaging_severity\": \"high\"}, \"body\": {}}"))
                .hasMessageContaining("fedora_messaging_severity is \"high\"");
    }

    @Test
    void aMessageWithoutSeverityIsInfoAsInFedoraMessaging() {
        Message message = SerializedMessageCodec.read("{\"id\": \"m1\", \"topic\": \"a.b\", \"headers\": {}, \"body\": {}}");

        assertThat(message.severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void severityIsReadFromTheHeader() {
        Message message = SerializedMessageCodec.read(
                "{\"id\": \"m1\", \"topic\": \"a.b\", \"headers\": {\"fedora_messaging_severity\": 10}, \"body\": {}}");

        assertThat(message.severity()).isEqualTo(Severity.DEBUG);
    }

    @Test
    void aSeverityBeyondSixtyFourBitsIsNamedAsABadSeverity() {
        for (String level : java.util.List.of("18446744073709551616", "-18446744073709551636", "1" + "0".repeat(400),
                "2e400")) {
            assertThatThrownBy(() -> SerializedMessageCodec.read("{\"id\": \"m1\", \"topic\": \"a.b\", "
                    + "\"headers\": {\"fedora_messaging_severity\": " + level + "}, \"body\": {}}"))
                    .as(level)
                    .isInstanceOf(InvalidMessageException.class)
                    .hasMessageStartingWith("message m1: header fedora_messaging_severity is ")
                    .hasMessageEndingWith(", expected one of 10, 20, 30, 40")
                    .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.BAD_SEVERITY);
        }
    }

    @Test
    void idsWithALoneSurrogateAreRefusedSoThatNoTwoMessagesShareAnId() {
        for (String escape : java.util.List.of("\\ud800", "\\udc00", "\\udbff\\u0041")) {
            assertThatThrownBy(() -> SerializedMessageCodec.read(
                    "{\"id\": \"x" + escape + "\", \"topic\": \"a.b\", \"headers\": {}, \"body\": {}}"))
                    .as(escape)
                    .isInstanceOf(InvalidMessageException.class)
                    .hasMessageStartingWith("message id \"x" + escape.substring(0, 6) + "")
                    .hasMessageContaining("is not valid Unicode: it holds a lone surrogate (" + escape.substring(0, 6) + ")")
                    .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.NOT_UTF8);
        }
    }

    @Test
    void aTopicWithALoneSurrogateIsRefused() {
        assertThatThrownBy(() -> SerializedMessageCodec.read(
                "{\"id\": \"m1\", \"topic\": \"a.\\udc00\", \"headers\": {}, \"body\": {}}"))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessage("message m1: topic \"a.\\udc00\" is not valid Unicode: it holds a lone surrogate (\\udc00)")
                .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.NOT_UTF8);
    }

    @Test
    void escapedSurrogatePairsAreReadAsTheCharacterTheyMake() {
        Message message = SerializedMessageCodec.read(
                "{\"id\": \"x\\ud83d\\ude00\", \"topic\": \"a.\\ud83d\\ude00\", \"headers\": {}, \"body\": {}}");

        assertThat(message.id()).isEqualTo("x\uD83D\uDE00");
        assertThat(message.topic()).isEqualTo("a.\uD83D\uDE00");
    }
}
