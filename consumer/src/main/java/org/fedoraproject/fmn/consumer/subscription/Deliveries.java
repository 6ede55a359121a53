package org.fedoraproject.fmn.consumer.subscription;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fedoraproject.fmn.message.AmqpMessage;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.LongString;

/** Converts the RabbitMQ client's deliveries to core's {@link AmqpMessage}, headers as plain Java values. */
final class Deliveries {

    private Deliveries() {
    }

    static AmqpMessage toMessage(Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
        Map<String, Object> headers = properties.getHeaders() == null ? null : plainMap(properties.getHeaders());
        return new AmqpMessage(envelope.getRoutingKey(), properties.getMessageId(), properties.getContentType(),
                properties.getContentEncoding(), properties.getDeliveryMode(), properties.getPriority(), headers, body);
    }

    private static Map<String, Object> plainMap(Map<String, Object> map) {
        Map<String, Object> plain = new LinkedHashMap<>(map.size() * 2);
        map.forEach((key, value) -> plain.put(key, plain(value)));
        return plain;
    }

    @SuppressWarnings("unchecked")
    private static Object plain(Object value) {
        return switch (value) {
            case null -> null;
            // Header strings arrive as bytes; fedora-messaging's are UTF-8.
            case LongString text -> text.toString();
            case Map<?, ?> map -> plainMap((Map<String, Object>) map);
            case List<?> list -> {
                List<Object> plain = new ArrayList<>(list.size());
                list.forEach(item -> plain.add(plain(item)));
                yield plain;
            }
            case Object[] array -> {
                List<Object> plain = new ArrayList<>(array.length);
                for (Object item : array) {
                    plain.add(plain(item));
                }
                yield plain;
            }
            case Date date -> date.toInstant().toString();
            case byte[] bytes -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            default -> value;
        };
    }
}
