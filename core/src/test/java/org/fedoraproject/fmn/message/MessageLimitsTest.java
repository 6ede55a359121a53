package org.fedoraproject.fmn.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.fedoraproject.fmn.message.InvalidMessageException.Problem;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** What FMN reads of a message at the edges of its limits ({@link MessageLimits}), in both forms. */
class MessageLimitsTest {

    /** An object nested {@code depth} levels deep: {@code {}} is one level, {@code {"a": {}}} two. */
    private static String nested(int depth) {
        return "{\"a\": ".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    private static Message serialized(String body) {
        return serialized("{}", body);
    }

    private static Message serialized(String headers, String body) {
        String line = "{\"id\": \"m1\", \"topic\": \"a.b\", \"headers\": " + headers + ", \"body\": " + body + "}";
        return SerializedMessageCodec.read(line.getBytes(StandardCharsets.UTF_8));
    }

    private static Message delivered(String body) {
        return AmqpMessageCodec.read(new AmqpMessage("a.b", "m1", "application/json", "utf-8", 2, null, Map.of(),
                body.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode deepest(JsonNode node) {
        while (node.has("a")) {
            node = node.get("a");
        }
        return node;
    }

    @Test
    void aBodyNestedToTheLimitIsReadInEitherForm() {
        String body = nested(MessageLimits.MAX_NESTING);

        Message fromLine = serialized(body);
        Message fromDelivery = delivered(body);

        assertThat(deepest(fromLine.body()).isEmpty()).isTrue();
        assertThat(fromDelivery.body()).isEqualTo(fromLine.body());
        assertThat(SerializedMessageCodec.read(SerializedMessageCodec.write(fromLine))).isEqualTo(fromLine);
        assertThat(AmqpMessageCodec.read(AmqpMessageCodec.write(fromDelivery))).isEqualTo(fromDelivery);
    }

    @Test
    void aBodyNestedDeeperThanTheLimitIsRefusedNamingTheLimit() {
        String body = nested(MessageLimits.MAX_NESTING + 1);

        assertThatThrownBy(() -> serialized(body))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessage("message is beyond what FMN reads: a value in it is nested deeper than 1,000 levels (the limit)")
                .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.OVER_LIMIT);
        assertThatThrownBy(() -> delivered(body))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessage("message m1 on a.b: body is beyond what FMN reads: it is nested deeper than 1,000 levels "
                        + "(the limit)")
                .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.OVER_LIMIT);
    }

    @Test
    void aHeaderNestedDeeperThanTheLimitIsRefusedToo() {
        assertThatThrownBy(() -> serialized("{\"x\": " + nested(MessageLimits.MAX_NESTING + 1) + "}", "{}"))
                .hasMessage("message is beyond what FMN reads: a value in it is nested deeper than 1,000 levels (the limit)");
    }

    @Test
    void numbersAreReadUpToTheLimitOfTheirDigits() {
        String longest = "9".repeat(MessageLimits.MAX_NUMBER_LENGTH);

        assertThat(serialized("{\"n\": " + longest + "}").body().get("n").bigIntegerValue().toString()).isEqualTo(longest);
        assertThat(delivered("{\"n\": -" + longest + "}").body().get("n").isBigInteger()).isTrue();
        assertThat(serialized("{\"n\": 0." + "5".repeat(MessageLimits.MAX_NUMBER_LENGTH - 1) + "}").body().get("n").isNumber())
                .isTrue();
    }

    @Test
    void aLongerNumberIsRefusedNamingTheLimit() {
        String integer = "9".repeat(MessageLimits.MAX_NUMBER_LENGTH + 1);
        String fraction = "0." + "5".repeat(MessageLimits.MAX_NUMBER_LENGTH); // digits either side of the point count

        for (String number : java.util.List.of(integer, "-" + integer, fraction)) {
            assertThatThrownBy(() -> serialized("{\"n\": " + number + "}"))
                    .as(number.substring(0, 3))
                    .isInstanceOf(InvalidMessageException.class)
                    .hasMessage("message is beyond what FMN reads: a number in it has more than 1,000 digits (the limit)")
                    .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.OVER_LIMIT);
        }
    }

    @Test
    void keysAreReadUpToTheLimitOfTheirLength() {
        String longest = "k".repeat(MessageLimits.MAX_KEY_LENGTH);

        assertThat(serialized("{\"" + longest + "\": 1}").body().has(longest)).isTrue();
        assertThatThrownBy(() -> serialized("{\"" + longest + "k\": 1}"))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessage("message is beyond what FMN reads: a key in it is longer than 50,000 bytes (the limit)")
                .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.OVER_LIMIT);
    }

    @Test
    void aStringLongerThanABodyMayBeIsRefusedWhereverItIs() {
        String longest = "s".repeat(MessageLimits.MAX_STRING_LENGTH);

        assertThat(serialized("{\"x\": \"" + longest + "\"}", "{}").headers().get("x").stringValue()).hasSize(longest.length());
        assertThatThrownBy(() -> serialized("{\"x\": \"" + longest + "s\"}", "{}"))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessage("message is beyond what FMN reads: a string in it is longer than 8,388,608 characters (the limit)")
                .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.OVER_LIMIT);
    }

    /** A body of exactly {@code bytes} bytes: an object holding one long string. */
    private static String bodyOf(int bytes) {
        return "{\"a\": \"" + "x".repeat(bytes - 9) + "\"}";
    }

    @Test
    void aBodyOfTheLimitsSizeIsReadInEitherForm() {
        String body = bodyOf(MessageLimits.MAX_BODY_BYTES);
        assertThat(body.length()).isEqualTo(MessageLimits.MAX_BODY_BYTES);

        assertThat(serialized(body).body().get("a").stringValue()).hasSize(MessageLimits.MAX_BODY_BYTES - 9);
        assertThat(delivered(body).body().get("a").stringValue()).hasSize(MessageLimits.MAX_BODY_BYTES - 9);
    }

    @Test
    void aLargerBodyIsRefusedNamingTheLimit() {
        String body = bodyOf(MessageLimits.MAX_BODY_BYTES + 1);

        assertThatThrownBy(() -> serialized(body))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessage("message m1: body is 8,388,609 bytes, over the limit of 8,388,608 bytes (8 MiB)")
                .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.OVER_LIMIT);
        assertThatThrownBy(() -> delivered(body))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessage("message m1 on a.b: body is 8,388,609 bytes, over the limit of 8,388,608 bytes (8 MiB)")
                .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.OVER_LIMIT);
    }

    @Test
    void aBodyInAnotherEncodingIsMeasuredAsUtf8() {
        String body = bodyOf(MessageLimits.MAX_BODY_BYTES / 2 + 5).replace('x', '\u00e9');
        AmqpMessage latin1 = new AmqpMessage("a.b", "m1", "application/json", "iso-8859-1", 2, null, Map.of(),
                body.getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> AmqpMessageCodec.read(latin1))
                .hasMessageStartingWith("message m1 on a.b: body is 8,388,609 bytes, over the limit");
    }

    /** The bytes the calling thread allocated while running {@code action}. */
    private static long allocatedBy(Runnable action) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        action.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    @Test
    void aHugeBodyIsRefusedWithoutBuildingItsTree() {
        StringBuilder line = new StringBuilder("{\"id\": \"m1\", \"topic\": \"a.b\", \"body\": {\"a\": [1");
        while (line.length() < 50_000_000) {
            line.append(",1");
        }
        byte[] bytes = line.append("]}}").toString().getBytes(StandardCharsets.UTF_8);
        line = null;

        long allocated = allocatedBy(() -> assertThatThrownBy(() -> SerializedMessageCodec.read(bytes))
                .hasMessage("message m1: body is 49,999,966 bytes, over the limit of 8,388,608 bytes (8 MiB)"));

        // The tree of 25 million numbers would take hundreds of MB; measuring the body takes next to nothing.
        assertThat(allocated).isLessThan(1 << 20);
    }
}
