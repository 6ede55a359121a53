package org.fedoraproject.fmn.message;

import java.util.Map;

/**
 * A message as the broker carries it, independent of any AMQP client library: the routing
 * key, the properties fedora-messaging sets and the raw body bytes. The consumer's broker
 * adapter converts its client's delivery to this and back.
 *
 * @param routingKey the topic
 * @param messageId the {@code message_id} property
 * @param contentType {@code application/json} from fedora-messaging publishers
 * @param contentEncoding the body's charset name; fedora-messaging treats a missing one as UTF-8
 * @param deliveryMode 2 (persistent) from fedora-messaging publishers, or {@code null}
 * @param priority the AMQP priority, or {@code null}
 * @param headers the AMQP headers as plain Java values (strings, booleans, numbers, lists, maps)
 * @param body the encoded JSON body
 */
public record AmqpMessage(
        String routingKey,
        String messageId,
        String contentType,
        String contentEncoding,
        Integer deliveryMode,
        Integer priority,
        Map<String, Object> headers,
        byte[] body) {
}
