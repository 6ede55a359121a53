package org.fedoraproject.fmn.app.cli;

import java.io.StringWriter;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.match.MatchedDestination;
import org.fedoraproject.fmn.notification.NotificationRenderer;
import org.fedoraproject.fmn.notification.SendQueueJson;
import org.fedoraproject.fmn.schema.MessageFacts;

import tools.jackson.core.JsonGenerator;

/**
 * The canonical JSON line of a notification:
 * {@code {"message_id","protocol","address","rule_ids"}}, plus {@code content} (FMN's
 * send-queue shape) when asked for.
 */
final class NotificationJson {

    private NotificationJson() {
    }

    /**
     * @param message renders the content to add, or {@code null} for none
     */
    static String canonical(MessageFacts facts, MatchedDestination matched,
            NotificationRenderer.MessageRendering message) {
        // Written straight to text: a line per notification, millions over a workload.
        StringWriter line = new StringWriter(128);
        try (JsonGenerator json = Json.MAPPER.createGenerator(line)) {
            json.writeStartObject();
            json.writeStringProperty("message_id", facts.id());
            json.writeStringProperty("protocol", matched.protocol().key());
            json.writeStringProperty("address", matched.address());
            json.writeName("rule_ids");
            json.writeStartArray();
            for (long id : matched.ruleIds()) {
                json.writeNumber(id);
            }
            json.writeEndArray();
            if (message != null) {
                json.writeName("content");
                SendQueueJson.write(json, message.content(matched.destination(), matched.reason()));
            }
            json.writeEndObject();
        }
        return line.toString();
    }
}
