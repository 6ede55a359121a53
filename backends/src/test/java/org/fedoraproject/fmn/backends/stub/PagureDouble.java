package org.fedoraproject.fmn.backends.stub;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Predicate;

import org.fedoraproject.fmn.message.Json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pagure's API 0 as FMN reads it, over a world in the dist-git document's shape
 * ({@code projects} with {@code namespace}, {@code name}, {@code access_users},
 * {@code access_groups}): a project, {@code projects} by pattern, user and namespace, a
 * group's projects, paged with Pagure's {@code pagination} object (20 a page unless asked,
 * at most 100) and links naming the host Pagure believes it has, and its 404 answers.
 */
public final class PagureDouble implements StubServer.Route {

    /** The host Pagure writes in its links, as behind a proxy: not the one FMN talks to. */
    public static final String LINK_HOST = "http://pagure.internal:5000";

    private final List<JsonNode> projects = new ArrayList<>();
    private volatile int maxPerPage = 100;

    public PagureDouble(JsonNode world) {
        world.get("projects").forEach(projects::add);
    }

    public static PagureDouble serve(StubServer server, String worldJson) {
        PagureDouble pagure = new PagureDouble(Json.parse(worldJson, "the world"));
        server.fallback(pagure);
        return pagure;
    }

    /** Pages lists by at most {@code size} projects, whatever is asked (Pagure's own limit is 100). */
    public PagureDouble maxPerPage(int size) {
        this.maxPerPage = size;
        return this;
    }

    @Override
    public StubServer.Reply answer(StubServer.Request request) {
        String[] parts = request.path().split("/", -1);
        if (parts.length < 4 || !parts[1].equals("api") || !parts[2].equals("0")) {
            return notFound("ENOPROJECT", "Project not found");
        }
        if (parts.length == 4 && parts[3].equals("projects")) {
            return projectsList(request);
        }
        if (parts.length == 5 && parts[3].equals("group")) {
            String group = decode(parts[4]);
            if (projects.stream().noneMatch(p -> inAnyRole(p.get("access_groups"), group))) {
                return notFound("ENOGROUP", "Group not found");
            }
            return paged(request, projects.stream().filter(p -> inAnyRole(p.get("access_groups"), group)).toList(),
                    false, Json.MAPPER.createObjectNode().put("name", group).put("display_name", group));
        }
        if (parts.length == 5) {
            String namespace = decode(parts[3]);
            String name = decode(parts[4]);
            return projects.stream()
                    .filter(p -> p.get("namespace").stringValue().equals(namespace) && p.get("name").stringValue().equals(name))
                    .findFirst()
                    .map(p -> StubServer.Reply.json(full(p).toString()))
                    .orElse(notFound("ENOPROJECT", "Project not found"));
        }
        return notFound("ENOPROJECT", "Project not found");
    }

    private StubServer.Reply projectsList(StubServer.Request request) {
        Map<String, String> query = request.query();
        Predicate<JsonNode> keep = p -> true;
        if (query.containsKey("pattern")) {
            String pattern = query.get("pattern");
            keep = keep.and(p -> p.get("name").stringValue().matches(pattern.replace(".", "\\.").replace("*", ".*")));
        }
        if (query.containsKey("namespace")) {
            keep = keep.and(p -> p.get("namespace").stringValue().equals(query.get("namespace")));
        }
        if (query.containsKey("username")) {
            // Pagure lists every project the user has any access to, ticket included.
            keep = keep.and(p -> inAnyRole(p.get("access_users"), query.get("username")));
        }
        boolean isShort = "true".equals(query.get("short")) || "1".equals(query.get("short"));
        return paged(request, projects.stream().filter(keep).toList(), isShort, Json.MAPPER.createObjectNode());
    }

    private static boolean inAnyRole(JsonNode access, String name) {
        if (access == null) {
            return false;
        }
        for (JsonNode names : access) {
            for (JsonNode each : names) {
                if (each.stringValue().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private StubServer.Reply paged(StubServer.Request request, List<JsonNode> found, boolean isShort, ObjectNode body) {
        int perPage = Math.min(maxPerPage, Integer.parseInt(request.query().getOrDefault("per_page", "20")));
        int page = Integer.parseInt(request.query().getOrDefault("page", "1"));
        int pages = Math.max(1, (found.size() + perPage - 1) / perPage);
        ArrayNode list = body.putArray("projects");
        found.stream().skip((long) (page - 1) * perPage).limit(perPage)
                .forEach(p -> list.add(isShort ? shortForm(p) : full(p)));
        body.put("total_projects", found.size());
        ObjectNode pagination = body.putObject("pagination");
        pagination.put("page", page);
        pagination.put("pages", pages);
        pagination.put("per_page", perPage);
        pagination.put("first", link(request, 1, perPage));
        pagination.put("last", link(request, pages, perPage));
        if (page < pages) {
            pagination.put("next", link(request, page + 1, perPage));
        } else {
            pagination.putNull("next");
        }
        if (page > 1) {
            pagination.put("prev", link(request, page - 1, perPage));
        } else {
            pagination.putNull("prev");
        }
        return StubServer.Reply.json(body.toString());
    }

    /** As Pagure writes its links: every argument of the request, with the page's. */
    private static String link(StubServer.Request request, int page, int perPage) {
        Map<String, String> args = new LinkedHashMap<>(request.query());
        args.put("per_page", Integer.toString(perPage));
        args.put("page", Integer.toString(page));
        StringJoiner query = new StringJoiner("&", "?", "");
        args.forEach((k, v) -> query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return LINK_HOST + request.path() + query;
    }

    private static ObjectNode shortForm(JsonNode project) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("name", project.get("name").stringValue());
        json.put("namespace", project.get("namespace").stringValue());
        json.put("fullname", project.get("namespace").stringValue() + "/" + project.get("name").stringValue());
        json.put("description", "The " + project.get("name").stringValue() + " package");
        return json;
    }

    private static ObjectNode full(JsonNode project) {
        ObjectNode json = shortForm(project);
        json.put("id", 1);
        json.put("url_path", json.get("fullname").stringValue());
        json.putNull("parent");
        json.put("date_created", "1431549490");
        JsonNode owner = project.path("access_users").path("owner").path(0);
        json.putObject("user").put("name", owner.isString() ? owner.stringValue() : "nobody");
        json.set("access_users", project.get("access_users"));
        json.set("access_groups", project.get("access_groups"));
        json.putArray("tags");
        json.putObject("priorities");
        json.putArray("close_status");
        json.putObject("milestones");
        return json;
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }

    private static StubServer.Reply notFound(String code, String message) {
        return new StubServer.Reply(404, "{\"error\": \"" + message + "\", \"error_code\": \"" + code + "\"}", Map.of(),
                Duration.ZERO);
    }
}
