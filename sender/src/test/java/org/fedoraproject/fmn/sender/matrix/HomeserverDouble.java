package org.fedoraproject.fmn.sender.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fedoraproject.fmn.message.Json;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Matrix homeserver for tests, on loopback: the client-server API endpoints FMN uses, with the
 * request and response shapes of the specification (v3): account data, joined rooms, room
 * creation with invites, sending events with transaction-id idempotency, and the standard error
 * body {@code {"errcode", "error"}}. Failures can be scripted.
 */
final class HomeserverDouble implements AutoCloseable {

    static final String TOKEN = "syt_Zm1u_token";
    static final String BOT = "@notifications:fmn.test";

    /** An event sent in a room. */
    record Event(String room, String type, String txnId, JsonNode content) {
    }

    /** A request as received, for assertions about what FMN asked. */
    record Request(String method, String path, JsonNode body) {
    }

    private record ScriptedAnswer(String pathPart, int status, String body, boolean afterHandling) {
    }

    private static final Pattern ACCOUNT_DATA = Pattern.compile("/_matrix/client/v3/user/([^/]+)/account_data/([^/]+)");
    private static final Pattern SEND = Pattern.compile("/_matrix/client/v3/rooms/([^/]+)/send/([^/]+)/([^/]+)");

    private final HttpServer server;
    private final Set<String> users;
    private final Map<String, JsonNode> accountData = new HashMap<>();
    private final List<String> joinedRooms = new ArrayList<>();
    private final Map<String, List<String>> invites = new LinkedHashMap<>();
    private final List<Event> events = new ArrayList<>();
    private final Map<String, String> eventIdByTxn = new HashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private final Deque<ScriptedAnswer> scripted = new ArrayDeque<>();
    private int rooms;

    HomeserverDouble(Set<String> users) {
        this.users = users;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    synchronized void joined(String room) {
        joinedRooms.add(room);
    }

    synchronized void leave(String room) {
        joinedRooms.remove(room);
    }

    synchronized void accountData(String type, String json) {
        accountData.put(type, Json.MAPPER.readTree(json));
    }

    synchronized JsonNode accountData(String type) {
        return accountData.get(type);
    }

    synchronized List<Event> events() {
        return List.copyOf(events);
    }

    synchronized List<Request> requests(String method, String pathPart) {
        return requests.stream().filter(r -> r.method.equals(method) && r.path.contains(pathPart)).toList();
    }

    synchronized Map<String, List<String>> invites() {
        return Map.copyOf(invites);
    }

    /** The next request whose path holds {@code pathPart} is answered so, before it is handled. */
    synchronized void failNext(String pathPart, int status, String body) {
        scripted.add(new ScriptedAnswer(pathPart, status, body, false));
    }

    /** The next such request is handled, but its answer is lost: the client gets {@code status}. */
    synchronized void loseAnswerOfNext(String pathPart, int status) {
        scripted.add(new ScriptedAnswer(pathPart, status, "", true));
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode body = raw.length == 0 ? null : Json.MAPPER.readTree(raw);
        requests.add(new Request(method, decode(path), body));
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, error("M_UNKNOWN_TOKEN", "Invalid access token passed."));
            return;
        }
        ScriptedAnswer script = scripted.stream().filter(s -> path.contains(s.pathPart)).findFirst().orElse(null);
        if (script != null) {
            scripted.remove(script);
            if (!script.afterHandling) {
                answer(exchange, script.status, script.body);
                return;
            }
        }
        int status;
        String answer;
        Matcher accountDataPath = ACCOUNT_DATA.matcher(path);
        Matcher sendPath = SEND.matcher(path);
        if (accountDataPath.matches() && decode(accountDataPath.group(1)).equals(BOT)) {
            String type = decode(accountDataPath.group(2));
            if (method.equals("GET")) {
                JsonNode data = accountData.get(type);
                status = data == null ? 404 : 200;
                answer = data == null ? error("M_NOT_FOUND", "Account data not found") : data.toString();
            } else {
                accountData.put(type, body);
                status = 200;
                answer = "{}";
            }
        } else if (method.equals("GET") && path.equals("/_matrix/client/v3/joined_rooms")) {
            ObjectNode rooms = Json.MAPPER.createObjectNode();
            joinedRooms.forEach(rooms.putArray("joined_rooms")::add);
            status = 200;
            answer = rooms.toString();
        } else if (method.equals("POST") && path.equals("/_matrix/client/v3/createRoom")) {
            List<String> invited = new ArrayList<>();
            body.path("invite").forEach(user -> invited.add(user.asString()));
            if (!users.containsAll(invited)) {
                status = 404;
                answer = error("M_NOT_FOUND", "Unknown user");
            } else {
                String room = "!room" + ++rooms + ":fmn.test";
                joinedRooms.add(room);
                invites.put(room, invited);
                status = 200;
                answer = Json.MAPPER.createObjectNode().put("room_id", room).toString();
            }
        } else if (method.equals("PUT") && sendPath.matches()) {
            String room = decode(sendPath.group(1));
            String txn = decode(sendPath.group(3));
            if (!joinedRooms.contains(room)) {
                status = 403;
                answer = error("M_FORBIDDEN", "User " + BOT + " not in room " + room);
            } else {
                String eventId = eventIdByTxn.get(txn);
                if (eventId == null) {
                    eventId = "$event" + (events.size() + 1);
                    eventIdByTxn.put(txn, eventId);
                    events.add(new Event(room, decode(sendPath.group(2)), txn, body));
                }
                status = 200;
                answer = Json.MAPPER.createObjectNode().put("event_id", eventId).toString();
            }
        } else {
            status = 404;
            answer = error("M_UNRECOGNIZED", "Unrecognized request");
        }
        if (script != null) {
            answer(exchange, script.status, script.body);
        } else {
            answer(exchange, status, answer);
        }
    }

    static String error(String errcode, String error) {
        return Json.MAPPER.createObjectNode().put("errcode", errcode).put("error", error).toString();
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
