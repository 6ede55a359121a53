package org.fedoraproject.fmn.message;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fedoraproject.fmn.message.InvalidMessageException.Problem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Converts between the broker's form of a message ({@link AmqpMessage}) and {@link Message}. */
public final class AmqpMessageCodec {

    private static final TypeReference<LinkedHashMap<String, Object>> HEADER_MAP = new TypeReference<>() {
    };

    private AmqpMessageCodec() {
    }

    /**
     * Reads a delivery as fedora-messaging's {@code get_message} does: the body is decoded with
     * the content encoding (UTF-8 when none is given) and must be a JSON object.
     */
    public static Message read(AmqpMessage amqp) {
        String id = amqp.messageId();
        String what = "message " + id + " on " + amqp.routingKey();
        Charset charset = charsetOf(amqp.contentEncoding(), what);
        // UTF-8, what every fedora-messaging publisher sends, is parsed from the bytes directly;
        // a body in another encoding is decoded strictly, then read as UTF-8 likewise.
        byte[] utf8 = charset.equals(StandardCharsets.UTF_8)
                ? amqp.body()
                : Json.decode(amqp.body(), charset, what + ": body").getBytes(StandardCharsets.UTF_8);
        if (utf8.length > MessageLimits.MAX_BODY_BYTES) {
            throw Json.bodyTooLarge(what, utf8.length);
        }
        JsonNode body = Json.parseBodyUtf8(utf8, what + ": body");
        if (!body.isObject()) {
            throw new InvalidMessageException(Problem.WRONG_SHAPE,
                    what + ": body is a JSON " + body.getNodeType().name().toLowerCase() + ", expected an object");
        }
        ObjectNode headers;
        try {
            headers = amqp.headers() == null
                    ? Json.MAPPER.createObjectNode()
                    : Json.MAPPER.valueToTree(amqp.headers());
        } catch (JacksonException e) {
            throw new InvalidMessageException(Problem.WRONG_SHAPE, what + ": headers are not JSON values", e);
        }
        return new Message(id, amqp.routingKey(), headers, (ObjectNode) body, null, amqp.priority());
    }

    /** Writes a message for publishing, with the properties fedora-messaging sets. */
    public static AmqpMessage write(Message message) {
        Map<String, Object> headers = Json.MAPPER.convertValue(message.headers(), HEADER_MAP);
        byte[] body = Json.MAPPER.writeValueAsString(message.body()).getBytes(StandardCharsets.UTF_8);
        return new AmqpMessage(message.topic(), message.id(), "application/json", "utf-8", 2,
                message.priority(), headers, body);
    }

    private static Charset charsetOf(String encoding, String what) {
        if (encoding == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidMessageException(Problem.NOT_UTF8, what + ": unknown content encoding " + encoding, e);
        }
    }
}
