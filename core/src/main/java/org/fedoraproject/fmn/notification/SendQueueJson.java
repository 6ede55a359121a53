package org.fedoraproject.fmn.notification;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fedoraproject.fmn.message.InvalidMessageException;
import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.rule.Protocol;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * FMN's send-queue JSON, written by the consumer and read by the senders: email
 * {@code {"headers": {"To", "Subject", ...}, "body", "footer"}}, IRC and Matrix
 * {@code {"to", "message"}}.
 */
public final class SendQueueJson {

    private SendQueueJson() {
    }

    /** Writes a content as JSON, into {@code json}. */
    public static void write(JsonGenerator json, NotificationContent content) {
        json.writeStartObject();
        switch (content) {
            case NotificationContent.Email email -> {
                json.writeName("headers");
                json.writeStartObject();
                email.headers().forEach(json::writeStringProperty);
                json.writeEndObject();
                json.writeStringProperty("body", email.body());
                json.writeStringProperty("footer", email.footer());
            }
            case NotificationContent.Chat chat -> {
                json.writeStringProperty("to", chat.to());
                json.writeStringProperty("message", chat.message());
            }
        }
        json.writeEndObject();
    }

    /** A content as the UTF-8 bytes of its JSON, the body of a send-queue message. */
    public static byte[] toBytes(NotificationContent content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (JsonGenerator json = Json.MAPPER.createGenerator(bytes)) {
            write(json, content);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads the body of a send-queue message for a protocol.
     *
     * @throws InvalidMessageException when it is not UTF-8 JSON of the protocol's shape, naming
     *         what is wrong; such a notification cannot be sent, whatever the retries
     */
    public static NotificationContent read(Protocol protocol, byte[] body) {
        JsonNode json = Json.parseUtf8(body, "the notification");
        if (!json.isObject()) {
            throw invalid("the notification is not a JSON object");
        }
        if (protocol == Protocol.EMAIL) {
            JsonNode headers = json.get("headers");
            if (headers == null || !headers.isObject()) {
                throw invalid("the email has no \"headers\" object");
            }
            Map<String, String> read = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> header : headers.properties()) {
                if (!header.getValue().isString()) {
                    throw invalid("the email header \"" + header.getKey() + "\" is not a string");
                }
                read.put(header.getKey(), header.getValue().asString());
            }
            if (!read.containsKey("To")) {
                throw invalid("the email has no \"To\" header");
            }
            return new NotificationContent.Email(read, text(json, "body", true), text(json, "footer", false));
        }
        return new NotificationContent.Chat(text(json, "to", true), text(json, "message", true));
    }

    private static String text(JsonNode json, String field, boolean required) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw invalid("the notification has no \"" + field + "\"");
            }
            return "";
        }
        if (!value.isString()) {
            throw invalid("the notification's \"" + field + "\" is not a string");
        }
        return value.asString();
    }

    private static InvalidMessageException invalid(String why) {
        return new InvalidMessageException(InvalidMessageException.Problem.WRONG_SHAPE, why);
    }
}
