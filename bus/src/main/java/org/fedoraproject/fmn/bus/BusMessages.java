package org.fedoraproject.fmn.bus;

import java.util.Map;

import org.fedoraproject.fmn.message.AmqpMessage;
import org.fedoraproject.fmn.message.AmqpMessageCodec;
import org.fedoraproject.fmn.message.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

/** Bus messages as fedora-messaging publishes them, in Spring AMQP's form. */
public final class BusMessages {

    private BusMessages() {
    }

    /**
     * The AMQP message fedora-messaging would publish for {@code message} (under its topic as
     * the routing key, {@link #routingKey}): its id as message id, JSON in UTF-8, persistent,
     * its headers ({@code fedora_messaging_schema}, severity, {@code sent-at}, ...) and priority.
     */
    public static org.springframework.amqp.core.Message toAmqp(Message message) {
        AmqpMessage amqp = AmqpMessageCodec.write(message);
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(amqp.messageId());
        properties.setContentType(amqp.contentType());
        properties.setContentEncoding(amqp.contentEncoding());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        if (amqp.priority() != null) {
            properties.setPriority(amqp.priority());
        }
        for (Map.Entry<String, Object> header : amqp.headers().entrySet()) {
            properties.setHeader(header.getKey(), header.getValue());
        }
        return new org.springframework.amqp.core.Message(amqp.body(), properties);
    }

    /** The routing key fedora-messaging publishes a message under: its topic. */
    public static String routingKey(Message message) {
        return message.topic();
    }
}
