package org.fedoraproject.fmn.app.cli;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.match.MatchedDestination;
import org.fedoraproject.fmn.notification.NotificationContent;
import org.fedoraproject.fmn.notification.NotificationRenderer;
import org.fedoraproject.fmn.schema.MessageFacts;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The canonical JSON line of a notification:
 * {@code {"message_id","protocol","address","rule_ids"}}, plus {@code content} (FMN's
 * send-queue shape) when asked for.
 */
final class NotificationJson {

    private NotificationJson() {
    }

    /**
     * @param renderer renders the content to add, or {@code null} for none
     */
    static String canonical(MessageFacts facts, MatchedDestination matched, NotificationRenderer renderer) {
        ObjectNode line = Json.MAPPER.createObjectNode();
        line.put("message_id", facts.id());
        line.put("protocol", matched.protocol().key());
        line.put("address", matched.address());
        ArrayNode ids = line.putArray("rule_ids");
        matched.ruleIds().forEach(ids::add);
        if (renderer != null) {
            line.set("content", content(renderer.render(facts, matched).content()));
        }
        return Json.MAPPER.writeValueAsString(line);
    }

    static ObjectNode content(NotificationContent content) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        switch (content) {
            case NotificationContent.Email email -> {
                ObjectNode headers = json.putObject("headers");
                email.headers().forEach(headers::put);
                json.put("body", email.body());
                json.put("footer", email.footer());
            }
            case NotificationContent.Chat chat -> {
                json.put("to", chat.to());
                json.put("message", chat.message());
            }
        }
        return json;
    }
}
