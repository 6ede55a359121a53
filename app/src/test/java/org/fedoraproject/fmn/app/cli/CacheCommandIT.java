package org.fedoraproject.fmn.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.fedoraproject.fmn.app.Fmn;
import org.fedoraproject.fmn.backends.fasjson.FasjsonDirectory;
import org.fedoraproject.fmn.backends.http.ClientSettings;
import org.fedoraproject.fmn.cache.CacheKey;
import org.fedoraproject.fmn.cache.redis.RedisCache;
import org.fedoraproject.fmn.cache.services.CachingDirectory;
import org.fedoraproject.fmn.cache.spring.CacheProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import picocli.CommandLine;

/**
 * {@code fmn cache info|refresh|delete} on the real Redis on 127.0.0.1:6379, under a key prefix
 * of its own (deleted afterwards), with FASJSON on a local server. Skipped, saying so, when no
 * Redis answers there.
 */
class CacheCommandIT {

    private static final String REDIS = "redis://127.0.0.1:6379";

    private final String prefix = "fmn-test-" + UUID.randomUUID();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private volatile String zoesEmail = "zoe@example.org";
    private HttpServer fasjson;
    private RedisCache cache;

    @BeforeEach
    void start() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 6379), 1000);
        } catch (IOException e) {
            Assumptions.abort("Redis is not reachable at 127.0.0.1:6379 (" + e.getMessage() + ")");
        }
        fasjson = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fasjson.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String json = switch (path) {
                case "/v1/users/zoe/" -> "{\"result\": {\"username\": \"zoe\", \"emails\": [\"" + zoesEmail
                        + "\"], \"ircnicks\": [], \"is_private\": false}}";
                case "/v1/users/zoe/groups/" -> "{\"result\": [{\"groupname\": \"packager\"}]}";
                case "/v1/groups/packager/members/" -> "{\"result\": [{\"username\": \"zoe\"}]}";
                default -> null;
            };
            byte[] body = (json == null ? "{\"error\": \"Not found\"}" : json).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(json == null ? 404 : 200, body.length);
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(body);
            }
        });
        fasjson.start();
        CacheProperties properties = new CacheProperties(REDIS, prefix, Map.of(), Duration.ofMinutes(10), Duration.ofMinutes(1),
                Duration.ZERO, 1_000, Duration.ofSeconds(2), Duration.ofSeconds(10));
        cache = new RedisCache(properties.redis(), properties.policy(), Clock.systemUTC(),
                System.getLogger(RedisCache.class.getName()));
    }

    @AfterEach
    void stop() {
        if (cache != null) {
            cache.close();
        }
        if (fasjson != null) {
            fasjson.stop(0);
        }
        RedisClient redis = RedisClient.create(REDIS);
        try (StatefulRedisConnection<String, String> connection = redis.connect()) {
            var keys = connection.sync().keys(prefix + ":*");
            if (!keys.isEmpty()) {
                connection.sync().del(keys.toArray(String[]::new));
            }
        } finally {
            redis.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    private URI fasjsonUrl() {
        return URI.create("http://127.0.0.1:" + fasjson.getAddress().getPort());
    }

    /** Zoe's account and the packager group, looked up through the cache: two misses, then a hit. */
    private void lookUpThroughTheCache() {
        try (FasjsonDirectory service = FasjsonDirectory.connect(fasjsonUrl(), ClientSettings.DEFAULTS)) {
            CachingDirectory directory = new CachingDirectory(service, cache, Clock.systemUTC());
            directory.person("zoe");
            directory.person("zoe");
            directory.members("packager");
        }
        cache.sharedCounts(); // publishes this process's counts, as a running FMN does every 10 s
    }

    private int fmn(String... args) {
        CommandLine commandLine = Fmn.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--redis-url";
        all[args.length + 1] = REDIS;
        all[args.length + 2] = "--key-prefix";
        all[args.length + 3] = prefix;
        return commandLine.execute(all);
    }

    @Test
    void infoShowsEntriesAgesAndHitRatesPerScope() {
        lookUpThroughTheCache();

        assertThat(fmn("cache", "info")).isEqualTo(CacheCommand.DONE);

        assertThat(out.toString()).contains("cache: Redis at " + REDIS + ", keys under " + prefix + ":");
        String person = out.toString().lines().filter(line -> line.startsWith("person ")).findFirst().orElseThrow();
        assertThat(person.split("\\s+")).containsSubsequence("person", "1", "0") // 1 entry, none stale
                .contains("50.0%");
        assertThat(out.toString().lines().filter(line -> line.startsWith("members "))).hasSize(1);
    }

    @Test
    void refreshReloadsAUsersEntriesFromTheService() {
        lookUpThroughTheCache();
        zoesEmail = "zoe@fedoraproject.org"; // the account changed; no message said so

        assertThat(fmn("cache", "refresh", "--user", "zoe", "--fasjson-url", fasjsonUrl().toString()))
                .isEqualTo(CacheCommand.DONE);

        assertThat(out.toString()).contains("refreshed 1 of 1 entries");
        assertThat(cache.get(new CacheKey("person", "zoe")).orElseThrow().value()).contains("zoe@fedoraproject.org");
    }

    @Test
    void refreshWithoutTheServiceDropsOnly() {
        lookUpThroughTheCache();

        assertThat(fmn("cache", "refresh", "--scope", "person")).isEqualTo(CacheCommand.DONE);

        assertThat(out.toString()).contains("refreshed 0 of 1 entries; dropped only (their service not given): 1");
        assertThat(cache.get(new CacheKey("person", "zoe"))).isEmpty();
    }

    @Test
    void deleteDropsAScopeAndLeavesTheRest() {
        lookUpThroughTheCache();

        assertThat(fmn("cache", "delete", "--scope", "members")).isEqualTo(CacheCommand.DONE);

        assertThat(out.toString()).contains("dropped 1 entries");
        assertThat(cache.get(new CacheKey("members", "packager"))).isEmpty();
        assertThat(cache.get(new CacheKey("person", "zoe"))).isPresent();
    }

    @Test
    void anUnreachableRedisIsSaidAndFails() {
        CommandLine commandLine = Fmn.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        int status = commandLine.execute("cache", "info", "--redis-url", "redis://127.0.0.1:1");

        assertThat(status).isEqualTo(CacheCommand.FAILED);
        assertThat(err.toString()).contains("Redis at redis://127.0.0.1:1").contains("does not answer");
    }

    @Test
    void withoutRedisThereIsNothingSharedToInspect() {
        CommandLine commandLine = Fmn.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        int status = commandLine.execute("cache", "info", "--redis-url", "");

        assertThat(status).isEqualTo(CacheCommand.NOTHING_SHARED);
        assertThat(out.toString()).contains("nothing shared to inspect");
    }
}
