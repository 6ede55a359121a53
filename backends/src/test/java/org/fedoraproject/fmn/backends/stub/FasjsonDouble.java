package org.fedoraproject.fmn.backends.stub;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fedoraproject.fmn.message.Json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * FASJSON v1 as FMN reads it, over a world in the directory document's shape ({@code users}
 * with {@code username}, {@code emails}, {@code ircnicks}, {@code groups}; {@code groups} with
 * {@code groupname}, {@code members}): users, a user's groups, group members and the user
 * search, with FASJSON's {@code result} and {@code page} objects and its 404 and 400 answers.
 * Lists are paged when asked with {@code page_size}, or always when {@link #pageSize} is set.
 */
public final class FasjsonDouble implements StubServer.Route {

    private final URI url;
    private final Map<String, JsonNode> users = new LinkedHashMap<>();
    private final Map<String, List<String>> groups = new LinkedHashMap<>();
    private volatile int forcedPageSize;

    public FasjsonDouble(URI url, JsonNode world) {
        this.url = url;
        for (JsonNode user : world.get("users")) {
            users.put(user.get("username").stringValue(), user);
        }
        for (JsonNode group : world.path("groups")) {
            List<String> members = new ArrayList<>();
            group.get("members").forEach(member -> members.add(member.stringValue()));
            groups.put(group.get("groupname").stringValue(), members);
        }
    }

    /** Serves the world on {@code server}, as every path it has no route for. */
    public static FasjsonDouble serve(StubServer server, String worldJson) {
        FasjsonDouble fasjson = new FasjsonDouble(server.url(), Json.parse(worldJson, "the world"));
        server.fallback(fasjson);
        return fasjson;
    }

    /** Pages every list by {@code size} even when not asked to (0: only when asked). */
    public FasjsonDouble pageSize(int size) {
        this.forcedPageSize = size;
        return this;
    }

    @Override
    public StubServer.Reply answer(StubServer.Request request) {
        String[] parts = request.path().split("/", -1);
        // "", "v1", "users", name, "" | "", "v1", "users", name, "groups", ""
        if (parts.length < 4 || !parts[1].equals("v1")) {
            return notFound("Not found");
        }
        String name = parts.length > 3 ? URLDecoder.decode(parts[3], StandardCharsets.UTF_8) : "";
        if (parts[2].equals("users") && parts.length == 5 && parts[4].isEmpty()) {
            JsonNode user = users.get(name);
            if (user == null) {
                return notFound("User not found");
            }
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.set("result", userJson(user));
            return StubServer.Reply.json(body.toString());
        }
        if (parts[2].equals("users") && parts.length == 6 && parts[4].equals("groups")) {
            JsonNode user = users.get(name);
            if (user == null) {
                return notFound("User not found");
            }
            List<JsonNode> items = new ArrayList<>();
            user.path("groups").forEach(group -> items.add(Json.MAPPER.createObjectNode()
                    .put("groupname", group.stringValue()).put("uri", url + "/v1/groups/" + group.stringValue() + "/")));
            return paged(request, items, 0);
        }
        if (parts[2].equals("groups") && parts.length == 6 && parts[4].equals("members")) {
            List<String> members = groups.get(name);
            if (members == null) {
                return notFound("Group not found");
            }
            List<JsonNode> items = new ArrayList<>();
            members.forEach(member -> items.add(member(member)));
            return paged(request, items, 0);
        }
        if (parts[2].equals("search") && parts[3].equals("users")) {
            String fragment = request.query().get("username");
            if (fragment == null || fragment.length() < 3) {
                return new StubServer.Reply(400, "{\"message\": \"Search term must be at least 3 characters long.\"}",
                        Map.of(), java.time.Duration.ZERO);
            }
            List<JsonNode> items = new ArrayList<>();
            users.values().stream()
                    .filter(user -> user.get("username").stringValue().toLowerCase(Locale.ROOT)
                            .contains(fragment.toLowerCase(Locale.ROOT)))
                    .forEach(user -> items.add(userJson(user)));
            return paged(request, items, 40);
        }
        return notFound("Not found");
    }

    private ObjectNode member(String username) {
        return Json.MAPPER.createObjectNode().put("username", username).put("uri", url + "/v1/users/" + username + "/");
    }

    private ObjectNode userJson(JsonNode user) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        String username = user.get("username").stringValue();
        json.put("username", username);
        json.put("human_name", username.toUpperCase(Locale.ROOT));
        json.set("emails", user.path("emails").isMissingNode() ? Json.MAPPER.createArrayNode() : user.get("emails"));
        json.set("ircnicks", user.path("ircnicks").isMissingNode() ? Json.MAPPER.createArrayNode() : user.get("ircnicks"));
        json.put("locale", "en-US");
        json.put("timezone", "UTC");
        json.put("is_private", false);
        json.put("uri", url + "/v1/users/" + username + "/");
        return json;
    }

    /** FASJSON's paging: a {@code page} object when a page size applies, a bare list otherwise. */
    private StubServer.Reply paged(StubServer.Request request, List<JsonNode> items, int defaultSize) {
        int size = request.query().containsKey("page_size") ? Integer.parseInt(request.query().get("page_size"))
                : forcedPageSize > 0 ? forcedPageSize : defaultSize;
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode result = body.putArray("result");
        if (size <= 0) {
            items.forEach(result::add);
            return StubServer.Reply.json(body.toString());
        }
        int number = Integer.parseInt(request.query().getOrDefault("page_number", "1"));
        int total = (items.size() + size - 1) / size;
        items.stream().skip((long) (number - 1) * size).limit(size).forEach(result::add);
        ObjectNode page = body.putObject("page");
        page.put("total_results", items.size());
        page.put("page_size", size);
        page.put("page_number", number);
        page.put("total_pages", total);
        if (number < total) {
            // As FASJSON writes it: its own idea of its host, and only the paging parameters.
            page.put("next_page", "http://fasjson.internal:8080" + request.path() + "?page_size=" + size + "&page_number="
                    + (number + 1));
        }
        return StubServer.Reply.json(body.toString());
    }

    private static StubServer.Reply notFound(String message) {
        return new StubServer.Reply(404, "{\"message\": \"" + message + "\"}", Map.of(), java.time.Duration.ZERO);
    }
}
