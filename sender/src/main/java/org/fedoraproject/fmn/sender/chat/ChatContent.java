package org.fedoraproject.fmn.sender.chat;

import org.fedoraproject.fmn.notification.NotificationContent;
import org.fedoraproject.fmn.sender.DeliveryFailure;
import org.fedoraproject.fmn.sender.OutgoingNotification;

/** The chat message a chat delivery sends. */
public final class ChatContent {

    private ChatContent() {
    }

    /**
     * The notification's chat message.
     *
     * @throws DeliveryFailure permanent, when the notification is no chat message (an email put
     *         on a chat queue can never be delivered there)
     */
    public static NotificationContent.Chat of(OutgoingNotification notification) throws DeliveryFailure {
        if (notification.content() instanceof NotificationContent.Chat chat) {
            return chat;
        }
        throw DeliveryFailure.permanent("a " + notification.protocol().key() + " notification must be a chat message"
                + " ({\"to\", \"message\"}), not " + notification.content().getClass().getSimpleName(), null);
    }
}
