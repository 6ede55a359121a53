package org.fedoraproject.fmn.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.fedoraproject.fmn.message.Json;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dist-git on loopback, serving a workload's {@code distgit.json} in Pagure's shapes: a project
 * at {@code /api/0/<namespace>/<name>} (404 for any other), and the ownership files Fedora's
 * dist-git publishes, {@code /extras/pagure_owner_alias.json} (owner, admins and committers,
 * groups as {@code @name}) and {@code /extras/pagure_poc.json} (the owner as {@code admin}).
 * Counts the requests of each kind.
 */
final class LocalDistGit implements AutoCloseable {

    final AtomicInteger projectCalls = new AtomicInteger();
    final AtomicInteger notFound = new AtomicInteger();
    final AtomicInteger fileCalls = new AtomicInteger();
    private final Map<String, byte[]> projects = new HashMap<>();
    private final byte[] ownerAlias;
    private final byte[] pointsOfContact;
    private final HttpServer server;

    LocalDistGit(Path distgitJson) {
        JsonNode world;
        try (InputStream in = Files.newInputStream(distgitJson)) {
            world = Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, List<String>>> aliases = new TreeMap<>();
        ObjectNode poc = Json.MAPPER.createObjectNode();
        for (JsonNode project : world.get("projects")) {
            String namespace = project.get("namespace").stringValue();
            String name = project.get("name").stringValue();
            projects.put("/api/0/" + namespace + "/" + name, project.toString().getBytes(StandardCharsets.UTF_8));
            List<String> names = new java.util.ArrayList<>();
            for (String role : List.of("owner", "admin", "commit")) {
                project.path("access_users").path(role).forEach(user -> names.add(user.stringValue()));
            }
            for (String role : List.of("admin", "commit")) {
                project.path("access_groups").path(role).forEach(group -> names.add("@" + group.stringValue()));
            }
            aliases.computeIfAbsent(namespace, n -> new TreeMap<>()).put(name, names);
            JsonNode owner = project.path("access_users").path("owner").path(0);
            if (owner.isString()) {
                ObjectNode contact = poc.has(namespace) ? (ObjectNode) poc.get(namespace) : poc.putObject(namespace);
                contact.putObject(name).put("fedora", owner.stringValue()).put("epel", owner.stringValue())
                        .put("admin", owner.stringValue());
            }
        }
        ObjectNode alias = Json.MAPPER.createObjectNode();
        aliases.forEach((namespace, byName) -> {
            ObjectNode names = alias.putObject(namespace);
            byName.forEach((name, list) -> {
                ArrayNode array = names.putArray(name);
                list.forEach(array::add);
            });
        });
        ownerAlias = alias.toString().getBytes(StandardCharsets.UTF_8);
        pointsOfContact = poc.toString().getBytes(StandardCharsets.UTF_8);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::answer);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body;
        if (path.equals("/extras/pagure_owner_alias.json")) {
            fileCalls.incrementAndGet();
            body = ownerAlias;
        } else if (path.equals("/extras/pagure_poc.json")) {
            fileCalls.incrementAndGet();
            body = pointsOfContact;
        } else {
            projectCalls.incrementAndGet();
            body = projects.get(path);
        }
        int status = 200;
        if (body == null) {
            notFound.incrementAndGet();
            status = 404;
            body = "{\"error\": \"Project not found\", \"error_code\": \"ENOPROJECT\"}".getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Deletes every key under the prefix from the Redis at {@code url}. */
    static void deleteKeys(URI url, String prefix) {
        RedisClient client = RedisClient.create(url.toString());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                KeyScanCursor<String> page = connection.sync().scan(cursor, ScanArgs.Builder.matches(prefix + ":*").limit(1000));
                if (!page.getKeys().isEmpty()) {
                    connection.sync().del(page.getKeys().toArray(String[]::new));
                }
                cursor = page;
            } while (!cursor.isFinished());
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }
}
