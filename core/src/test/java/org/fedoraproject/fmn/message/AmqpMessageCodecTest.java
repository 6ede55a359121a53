package org.fedoraproject.fmn.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fedoraproject.fmn.message.InvalidMessageException.Problem;
import org.junit.jupiter.api.Test;

class AmqpMessageCodecTest {

    private static AmqpMessage delivery(String contentEncoding, byte[] body, Map<String, Object> headers) {
        return new AmqpMessage("org.fedoraproject.prod.buildsys.tag", "a9e6d3a0-0a7b-4c55-8f39-0b2a6c1d9e21",
                "application/json", contentEncoding, 2, 1, headers, body);
    }

    private static Map<String, Object> headers() {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("fedora_messaging_schema", "koji_fedoramessaging.tag.TagV1");
        headers.put("fedora_messaging_severity", 10);
        headers.put("sent-at", "2026-02-03T04:05:06+00:00");
        headers.put("fedora_messaging_rpm_kernel", true);
        headers.put("priority", 1);
        return headers;
    }

    @Test
    void readsADeliveryAsFedoraMessagingPublishesIt() {
        byte[] body = "{\"tag\": \"f44-updates-candidate\", \"name\": \"kernel\", \"owner\": \"jforbes\"}"
                .getBytes(StandardCharsets.UTF_8);

        Message message = AmqpMessageCodec.read(delivery("utf-8", body, headers()));

        assertThat(message.topic()).isEqualTo("org.fedoraproject.prod.buildsys.tag");
        assertThat(message.id()).isEqualTo("a9e6d3a0-0a7b-4c55-8f39-0b2a6c1d9e21");
        assertThat(message.severity()).isEqualTo(Severity.DEBUG);
        assertThat(message.priority()).isEqualTo(1);
        assertThat(message.schemaName()).isEqualTo("koji_fedoramessaging.tag.TagV1");
        assertThat(message.body().path("name").stringValue()).isEqualTo("kernel");
    }

    @Test
    void writingThenReadingKeepsEveryHeaderAndTheBody() {
        Map<String, Object> headers = headers();
        headers.put("x-list", List.of("a", 1, true));
        byte[] body = "{\"nested\": {\"n\": 1.5, \"s\": \"é\"}, \"list\": [null]}".getBytes(StandardCharsets.UTF_8);
        Message message = AmqpMessageCodec.read(delivery(null, body, headers));

        AmqpMessage written = AmqpMessageCodec.write(message);
        Message again = AmqpMessageCodec.read(written);

        assertThat(again).isEqualTo(message);
        assertThat(written.headers()).containsExactlyEntriesOf(headers);
        assertThat(written.contentType()).isEqualTo("application/json");
        assertThat(written.contentEncoding()).isEqualTo("utf-8");
        assertThat(written.deliveryMode()).isEqualTo(2);
    }

    @Test
    void aBodyInTheDeclaredContentEncodingIsRead() {
        byte[] latin1 = "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        Message message = AmqpMessageCodec.read(delivery("iso-8859-1", latin1, headers()));

        assertThat(message.body().path("name").stringValue()).isEqualTo("caf\u00e9");
    }

    @Test
    void anUnknownContentEncodingIsRejected() {
        assertThatThrownBy(() -> AmqpMessageCodec.read(delivery("klingon-8", "{}".getBytes(), headers())))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("unknown content encoding klingon-8");
    }

    @Test
    void aBodyThatIsNotUtf8IsRejected() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'};

        assertThatThrownBy(() -> AmqpMessageCodec.read(delivery("utf-8", body, headers())))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("body is not valid UTF-8")
                .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.NOT_UTF8);
    }

    @Test
    void aUtf16BodyDeclaredAsUtf8IsRefusedForItsNulBytes() {
        byte[] body = "{\"name\": \"kernel\"}".getBytes(StandardCharsets.UTF_16LE);

        assertThatThrownBy(() -> AmqpMessageCodec.read(delivery("utf-8", body, headers())))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageEndingWith("body is not UTF-8 JSON: it holds a NUL byte at offset 1 (as UTF-16 or UTF-32 text would)")
                .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.NOT_UTF8);
    }

    @Test
    void aBodyThatIsNotJsonIsRejected() {
        assertThatThrownBy(() -> AmqpMessageCodec.read(delivery("utf-8", "not json".getBytes(), headers())))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("body is not valid JSON")
                .hasMessageContaining("on org.fedoraproject.prod.buildsys.tag");
    }

    @Test
    void aBodyThatIsNotAnObjectIsRejected() {
        assertThatThrownBy(() -> AmqpMessageCodec.read(delivery("utf-8", "[1]".getBytes(), headers())))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("body is a JSON array, expected an object");
    }

    @Test
    void aDeliveryWithoutRoutingKeyIsRejected() {
        AmqpMessage noTopic = new AmqpMessage(null, "id-1", "application/json", "utf-8", 2, null, headers(),
                "{}".getBytes());

        assertThatThrownBy(() -> AmqpMessageCodec.read(noTopic))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessage("message has no topic");
    }

    @Test
    void aDeliveryWithAnInvalidSeverityIsRejected() {
        Map<String, Object> headers = headers();
        headers.put("fedora_messaging_severity", 50);

        assertThatThrownBy(() -> AmqpMessageCodec.read(delivery("utf-8", "{}".getBytes(), headers)))
                .isInstanceOf(InvalidMessageException.class)
                .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.BAD_SEVERITY);
    }

    @Test
    void aMessageIdWithALoneSurrogateIsRefused() {
        AmqpMessage delivery = new AmqpMessage("a.b", "x\uD800", "application/json", "utf-8", 2, null, headers(),
                "{}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> AmqpMessageCodec.read(delivery))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessage("message id \"x\\ud800\" is not valid Unicode: it holds a lone surrogate (\\ud800)")
                .extracting(e -> ((InvalidMessageException) e).problem()).isEqualTo(Problem.NOT_UTF8);
    }
}
