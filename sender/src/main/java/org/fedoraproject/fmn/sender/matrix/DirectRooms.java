package org.fedoraproject.fmn.sender.matrix;

import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.sender.DeliveryFailure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bot's direct-message room with each recipient. Matrix clients keep which rooms are
 * direct chats, and with whom, in the account's {@code m.direct} data; FMN reads it once (with
 * the rooms the bot is still in), remembers what it finds, and creates a room only for a
 * recipient who has none, recording it there so that the next FMN instance, and the
 * recipient's view of the bot account in any client, find the same room. Thread-safe.
 */
final class DirectRooms {

    private static final System.Logger LOG = System.getLogger(DirectRooms.class.getName());

    private final MatrixApi api;
    private final String botUserId;
    private Map<String, String> byRecipient;
    /** Rooms created but not yet recorded in {@code m.direct} because the homeserver failed then. */
    private final Map<String, String> unrecorded = new HashMap<>();

    DirectRooms(MatrixApi api, String botUserId) {
        this.api = api;
        this.botUserId = botUserId;
    }

    private String accountDataPath() {
        return "/user/" + MatrixApi.segment(botUserId) + "/account_data/m.direct";
    }

    /** The room to send to {@code recipient} in, created when there is none. */
    synchronized String roomFor(String recipient) throws DeliveryFailure, MatrixRefusal {
        if (byRecipient == null) {
            byRecipient = load();
        }
        String room = byRecipient.get(recipient);
        if (room == null) {
            room = create(recipient);
            byRecipient.put(recipient, room);
            unrecorded.put(recipient, room);
        }
        if (!unrecorded.isEmpty()) {
            recordUnrecorded();
        }
        return room;
    }

    /** The bot can no longer send in {@code room}: the next message to {@code recipient} gets a new one. */
    synchronized void forget(String recipient, String room) {
        if (byRecipient != null) {
            byRecipient.remove(recipient, room);
        }
        unrecorded.remove(recipient, room);
    }

    private Map<String, String> load() throws DeliveryFailure, MatrixRefusal {
        JsonNode direct = api.getIfFound(accountDataPath(), "reading the bot's m.direct account data")
                .orElseGet(Json.MAPPER::createObjectNode);
        Set<String> joined = new HashSet<>();
        for (JsonNode room : api.get("/joined_rooms", "listing the bot's rooms").path("joined_rooms")) {
            joined.add(room.asString());
        }
        Map<String, String> rooms = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : direct.properties()) {
            for (JsonNode room : entry.getValue()) {
                if (joined.contains(room.asString())) {
                    rooms.putIfAbsent(entry.getKey(), room.asString());
                }
            }
        }
        LOG.log(Level.INFO, () -> "Matrix: " + rooms.size() + " direct-message rooms known from m.direct");
        return rooms;
    }

    private String create(String recipient) throws DeliveryFailure, MatrixRefusal {
        ObjectNode request = Json.MAPPER.createObjectNode()
                .put("is_direct", true)
                .put("preset", "trusted_private_chat");
        request.putArray("invite").add(recipient);
        String room = api.post("/createRoom", request, "creating a direct-message room with " + recipient)
                .path("room_id").asString("");
        if (room.isEmpty()) {
            throw DeliveryFailure.temporary("the Matrix homeserver created a room for " + recipient + " but named none", null);
        }
        LOG.log(Level.INFO, () -> "Matrix: created direct-message room " + room + " with " + recipient);
        return room;
    }

    /**
     * Adds the rooms created to {@code m.direct}, read afresh so that what other clients of the
     * account wrote meanwhile is kept. When the homeserver fails, the message is still sent (the
     * room is remembered here) and the recording is tried again with the next message.
     */
    private void recordUnrecorded() {
        try {
            ObjectNode direct = api.getIfFound(accountDataPath(), "reading the bot's m.direct account data")
                    .filter(JsonNode::isObject)
                    .map(node -> (ObjectNode) node.deepCopy())
                    .orElseGet(Json.MAPPER::createObjectNode);
            for (Map.Entry<String, String> created : unrecorded.entrySet()) {
                JsonNode existing = direct.path(created.getKey());
                ArrayNode rooms = direct.putArray(created.getKey());
                rooms.add(created.getValue());
                for (JsonNode room : existing) {
                    if (!room.asString().equals(created.getValue())) {
                        rooms.add(room);
                    }
                }
            }
            api.put(accountDataPath(), direct, "recording direct-message rooms in m.direct");
            unrecorded.clear();
        } catch (DeliveryFailure | MatrixRefusal e) {
            LOG.log(Level.WARNING, () -> "Matrix: cannot record direct-message rooms in m.direct yet: " + e.getMessage());
        }
    }
}
