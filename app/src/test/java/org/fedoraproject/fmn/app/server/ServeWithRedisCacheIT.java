package org.fedoraproject.fmn.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.fedoraproject.fmn.app.cli.ServeCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.sun.net.httpserver.HttpServer;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;

/**
 * {@code fmn serve} with FASJSON and the shared cache in the real Redis on 127.0.0.1:6379 (under
 * a key prefix of its own, deleted afterwards): an account is asked of FASJSON once and kept in
 * Redis. Skipped, saying so, when no Redis answers there.
 */
class ServeWithRedisCacheIT {

    private static final String ZOE = """
            {"result": {"username": "zoe", "human_name": "Zoe", "emails": ["zoe@example.org"],
              "ircnicks": [], "is_private": false, "uri": "http://fasjson.internal/v1/users/zoe/"}}
            """;

    private static final String PREFIX = "fmn-test-" + UUID.randomUUID();

    @TempDir
    static Path dataDir;

    static HttpServer fasjson;
    static final AtomicInteger asked = new AtomicInteger();
    static ConfigurableApplicationContext fmn;
    static URI base;
    static RedisClient redis;

    @BeforeAll
    static void start() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 6379), 1000);
        } catch (IOException e) {
            Assumptions.abort("Redis is not reachable at 127.0.0.1:6379 (" + e.getMessage() + ")");
        }
        redis = RedisClient.create("redis://127.0.0.1:6379");
        fasjson = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fasjson.createContext("/", exchange -> {
            asked.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            String json = path.equals("/v1/users/zoe/") ? ZOE
                    : path.equals("/v1/users/zoe/groups/") ? "{\"result\": []}" : null;
            byte[] body = (json == null ? "{\"error\": \"Not found\"}" : json).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(json == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        fasjson.start();
        System.setProperty("fmn.home", Path.of("..").toAbsolutePath().normalize().toString());
        fmn = ServeCommand.start(dataDir, 0, "--fmn.fasjson.url=http://127.0.0.1:" + fasjson.getAddress().getPort(),
                "--fmn.cache.redis-url=redis://127.0.0.1:6379", "--fmn.cache.key-prefix=" + PREFIX);
        base = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) fmn).getWebServer().getPort() + "/");
    }

    @AfterAll
    static void stop() {
        if (fmn != null) {
            fmn.close();
        }
        if (fasjson != null) {
            fasjson.stop(0);
        }
        if (redis != null) {
            try (StatefulRedisConnection<String, String> connection = redis.connect()) {
                var keys = connection.sync().keys(PREFIX + ":*");
                if (!keys.isEmpty()) {
                    connection.sync().del(keys.toArray(String[]::new));
                }
            } finally {
                redis.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            }
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAccountIsAskedOfFasjsonOnceAndKeptInRedis() throws Exception {
        HttpResponse<String> first = get("api/v1/users/zoe/destinations");
        int askedOnce = asked.get();
        HttpResponse<String> again = get("api/v1/users/zoe/destinations");

        assertThat(first.body()).isEqualTo("[{\"protocol\":\"email\",\"address\":\"zoe@example.org\"}]");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(asked).hasValue(askedOnce);
        try (StatefulRedisConnection<String, String> connection = redis.connect()) {
            assertThat(connection.sync().get(PREFIX + ":v:person:zoe")).contains("\"username\":\"zoe\"");
            assertThat(connection.sync().smembers(PREFIX + ":t:user:zoe")).containsExactly("person:zoe");
        }
    }
}
