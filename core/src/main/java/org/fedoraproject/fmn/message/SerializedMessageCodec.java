package org.fedoraproject.fmn.message;

import org.fedoraproject.fmn.message.InvalidMessageException.Problem;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes fedora-messaging's serialized form: one JSON object per message,
 * {@code {"id","topic","headers","body","queue","priority"}}, as {@code fedora-messaging}'s
 * {@code dumps()} writes it and files of messages (one a line) hold it. Keys other than these
 * (a corpus line's {@code expected}, say) are ignored.
 */
public final class SerializedMessageCodec {

    private SerializedMessageCodec() {
    }

    /**
     * Reads one serialized message from its UTF-8 bytes.
     *
     * @throws InvalidMessageException when the bytes are no serialized message, or one past
     *         {@link MessageLimits} (a body larger than {@link MessageLimits#MAX_BODY_BYTES} among them)
     */
    public static Message read(byte[] utf8) {
        if (utf8.length > MessageLimits.MAX_BODY_BYTES) {
            SerializedBody.Size body = SerializedBody.measure(utf8);
            if (body != null && body.bytes() > MessageLimits.MAX_BODY_BYTES) {
                throw Json.bodyTooLarge("message" + (body.id() == null ? "" : " " + body.id()), body.bytes());
            }
        }
        return readTree(Json.parseUtf8(utf8, "message"));
    }

    /** Reads one serialized message, as its UTF-8 bytes are read. */
    public static Message read(String json) {
        return read(Json.encodeUtf8(json, "message"));
    }

    private static Message readTree(JsonNode tree) {
        if (!tree.isObject()) {
            throw new InvalidMessageException(Problem.WRONG_SHAPE,
                    "message is a JSON " + tree.getNodeType().name().toLowerCase() + ", expected an object");
        }
        return read((ObjectNode) tree);
    }

    /**
     * Reads a serialized message already parsed into a tree. The size limits of
     * {@link MessageLimits} are the parser's: a tree built elsewhere is taken as it is.
     */
    public static Message read(ObjectNode tree) {
        String topic = requiredString(tree, "topic");
        String id = requiredString(tree, "id");
        ObjectNode headers = optionalObject(tree, "headers");
        JsonNode body = tree.get("body");
        if (body == null) {
            throw new InvalidMessageException(Problem.MISSING_FIELD, "message " + id + " has no body");
        }
        if (!body.isObject()) {
            throw new InvalidMessageException(Problem.WRONG_SHAPE,
                    "message " + id + ": body is a JSON " + body.getNodeType().name().toLowerCase()
                            + ", expected an object");
        }
        String queue = optionalString(tree, "queue");
        Integer priority = optionalInt(tree, "priority");
        return new Message(id, topic, headers, (ObjectNode) body, queue, priority);
    }

    /** Writes a message in the serialized form, as one compact line of JSON (no newline). */
    public static String write(Message message) {
        return Json.MAPPER.writeValueAsString(toTree(message));
    }

    /** The serialized form as a tree, keys in fedora-messaging's order. */
    public static ObjectNode toTree(Message message) {
        ObjectNode tree = Json.MAPPER.createObjectNode();
        tree.put("id", message.id());
        tree.put("topic", message.topic());
        tree.set("headers", message.headers());
        tree.set("body", message.body());
        tree.put("queue", message.queue());
        if (message.priority() != null) {
            tree.put("priority", message.priority());
        }
        return tree;
    }

    private static String requiredString(ObjectNode tree, String field) {
        JsonNode value = tree.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidMessageException(Problem.MISSING_FIELD, "message has no " + field);
        }
        if (!value.isString()) {
            throw new InvalidMessageException(Problem.WRONG_SHAPE,
                    "message " + field + " is " + value + ", expected a string");
        }
        return value.stringValue();
    }

    private static String optionalString(ObjectNode tree, String field) {
        JsonNode value = tree.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidMessageException(Problem.WRONG_SHAPE,
                    "message " + field + " is " + value + ", expected a string or null");
        }
        return value.stringValue();
    }

    private static ObjectNode optionalObject(ObjectNode tree, String field) {
        JsonNode value = tree.get(field);
        if (value == null || value.isNull()) {
            return Json.MAPPER.createObjectNode();
        }
        if (!value.isObject()) {
            throw new InvalidMessageException(Problem.WRONG_SHAPE,
                    "message " + field + " is " + value + ", expected an object");
        }
        return (ObjectNode) value;
    }

    private static Integer optionalInt(ObjectNode tree, String field) {
        JsonNode value = tree.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InvalidMessageException(Problem.WRONG_SHAPE,
                    "message " + field + " is " + value + ", expected an integer");
        }
        return value.intValue();
    }
}
