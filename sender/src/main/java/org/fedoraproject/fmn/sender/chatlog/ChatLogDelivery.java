package org.fedoraproject.fmn.sender.chatlog;

import java.io.IOException;

import org.fedoraproject.fmn.notification.NotificationContent;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.Delivery;
import org.fedoraproject.fmn.sender.DeliveryFailure;
import org.fedoraproject.fmn.sender.OutgoingNotification;
import org.fedoraproject.fmn.sender.chat.ChatContent;

/**
 * Delivers one chat protocol's notifications (IRC or Matrix) to the {@link ChatLog}: the
 * embedded default when no server is configured for that protocol.
 */
public final class ChatLogDelivery implements Delivery {

    private final Protocol protocol;
    private final ChatLog log;

    public ChatLogDelivery(Protocol protocol, ChatLog log) {
        if (protocol == Protocol.EMAIL) {
            throw new IllegalArgumentException("the chat log takes IRC and Matrix messages, not email");
        }
        this.protocol = protocol;
        this.log = log;
    }

    @Override
    public Protocol protocol() {
        return protocol;
    }

    @Override
    public void deliver(OutgoingNotification notification) throws DeliveryFailure {
        NotificationContent.Chat chat = ChatContent.of(notification);
        try {
            log.write(protocol, chat.to(), chat.message());
        } catch (IOException e) {
            throw DeliveryFailure.temporary("cannot write " + log.file() + ": " + e.getMessage(), e);
        }
    }
}
