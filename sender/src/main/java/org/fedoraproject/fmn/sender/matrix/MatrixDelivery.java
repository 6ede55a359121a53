package org.fedoraproject.fmn.sender.matrix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.notification.NotificationContent;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.Delivery;
import org.fedoraproject.fmn.sender.DeliveryFailure;
import org.fedoraproject.fmn.sender.OutgoingNotification;
import org.fedoraproject.fmn.sender.chat.ChatContent;

import tools.jackson.databind.node.ObjectNode;

/**
 * Delivers Matrix notifications as {@code m.room.message} events (plain text, the configured
 * {@code msgtype}) in the bot's direct-message room with the recipient ({@link DirectRooms}).
 * The event's transaction id is derived from the notification id: the homeserver answers a
 * repeated {@code PUT} with the same transaction id with the event it already made, so a
 * notification tried again after a lost answer is not posted twice. Returns once the
 * homeserver accepted the event.
 */
public final class MatrixDelivery implements Delivery {

    /** A Matrix user ID: {@code @localpart:server}. */
    private static final Pattern USER_ID = Pattern.compile("@[^:\\s]+:\\S+");

    private final MatrixProperties settings;
    private final MatrixApi api;
    private final DirectRooms rooms;

    private MatrixDelivery(MatrixProperties settings, MatrixApi api) {
        this.settings = settings;
        this.api = api;
        this.rooms = new DirectRooms(api, settings.userId());
    }

    public static MatrixDelivery connect(MatrixProperties settings) {
        if (settings.userId() == null || !USER_ID.matcher(settings.userId()).matches()) {
            throw new IllegalArgumentException("fmn.sender.matrix.user-id must be the bot's Matrix ID (@name:server), not "
                    + settings.userId());
        }
        return new MatrixDelivery(settings, new MatrixApi(settings));
    }

    @Override
    public Protocol protocol() {
        return Protocol.MATRIX;
    }

    @Override
    public void deliver(OutgoingNotification notification) throws DeliveryFailure {
        NotificationContent.Chat chat = ChatContent.of(notification);
        String recipient = chat.to();
        if (recipient == null || !USER_ID.matcher(recipient).matches()) {
            throw DeliveryFailure.permanent("not a Matrix user ID (@name:server): \"" + recipient + "\"", null);
        }
        String room;
        try {
            room = rooms.roomFor(recipient);
        } catch (MatrixRefusal refusal) {
            // The recipient does not exist or cannot be invited.
            throw refusal.permanent();
        }
        ObjectNode content = Json.MAPPER.createObjectNode()
                .put("msgtype", settings.msgtype())
                .put("body", chat.message());
        String path = "/rooms/" + MatrixApi.segment(room) + "/send/m.room.message/" + MatrixApi.segment(transactionId(notification.id()));
        try {
            api.put(path, content, "sending to " + recipient + " in " + room);
        } catch (MatrixRefusal refusal) {
            if (refusal.status() == 403) {
                // The bot is no longer in the room (it was removed, the room was shut down):
                // the next try makes a new room.
                rooms.forget(recipient, room);
                throw DeliveryFailure.temporary(refusal.getMessage() + "; a new room will be made", refusal);
            }
            throw refusal.permanent();
        }
    }

    /**
     * The transaction id of a notification's event: the same for every try of the same
     * notification, and only letters and digits whatever the notification id holds.
     */
    static String transactionId(String notificationId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(notificationId.getBytes(StandardCharsets.UTF_8));
            return "fmn-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public void close() {
        api.close();
    }
}
