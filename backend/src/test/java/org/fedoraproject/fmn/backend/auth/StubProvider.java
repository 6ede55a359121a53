package org.fedoraproject.fmn.backend.auth;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.fedoraproject.fmn.message.Json;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An external OIDC provider on loopback, as Ipsilon answers: {@code /TokenInfo} (introspection,
 * client id and secret in the form body) and {@code /UserInfo} (the token in the form body),
 * plus a discovery document. It counts the calls it gets.
 */
public final class StubProvider implements AutoCloseable {

    /** A token the stub knows. */
    public record Grant(String username, Instant expiresAt, List<String> groups) {
    }

    private final HttpServer server;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final List<Map<String, String>> introspections = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger userInfoCalls = new AtomicInteger();
    private volatile int status = 200;

    public StubProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/TokenInfo", this::tokenInfo);
        server.createContext("/UserInfo", this::userInfo);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void grant(String token, Grant grant) {
        grants.put(token, grant);
    }

    /** Every later call is answered with this HTTP status (and no body unless 200). */
    public void answerWith(int status) {
        this.status = status;
    }

    public List<Map<String, String>> introspections() {
        return List.copyOf(introspections);
    }

    public int userInfoCalls() {
        return userInfoCalls.get();
    }

    private void tokenInfo(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(exchange);
        introspections.add(form);
        Grant grant = grants.get(form.get("token"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("active", grant != null);
        if (grant != null) {
            answer.put("username", grant.username());
            answer.put("sub", "sub-" + grant.username());
            answer.put("exp", grant.expiresAt().getEpochSecond());
        }
        reply(exchange, answer);
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        userInfoCalls.incrementAndGet();
        Grant grant = grants.get(form(exchange).get("access_token"));
        Map<String, Object> answer = new HashMap<>();
        if (grant != null) {
            answer.put("sub", "sub-" + grant.username());
            answer.put("nickname", grant.username());
            answer.put("groups", grant.groups());
        }
        reply(exchange, answer);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        reply(exchange, Map.of("issuer", base().toString(),
                "introspection_endpoint", base() + "/TokenInfo",
                "userinfo_endpoint", base() + "/UserInfo"));
    }

    private void reply(HttpExchange exchange, Object json) throws IOException {
        if (status != 200) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        byte[] body = Json.MAPPER.writeValueAsBytes(json);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
