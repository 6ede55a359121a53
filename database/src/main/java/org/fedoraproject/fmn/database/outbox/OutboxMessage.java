package org.fedoraproject.fmn.database.outbox;

import java.util.Objects;

/**
 * A bus message waiting in the outbox, as it will be published: the fedora-messaging message
 * id (fixed when the message is written, so a message published twice after a failure is
 * recognisably the same message), its topic, headers and body.
 *
 * @param messageId the fedora-messaging message id, a UUID
 * @param headers the message's headers as a JSON object
 * @param body the message's body as JSON
 */
public record OutboxMessage(String messageId, String topic, String headers, String body) {

    public OutboxMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }
}
