package org.fedoraproject.fmn.cache.redis;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fedoraproject.fmn.cache.CachePolicy;
import org.junit.jupiter.api.Assumptions;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;

/**
 * The Redis on 127.0.0.1:6379 for one test: a key prefix of its own, caches opened on it, and
 * every key under the prefix deleted afterwards. Tests using it skip, saying so, when no Redis
 * answers there.
 */
final class LocalRedis implements AutoCloseable {

    static final int PORT = 6379;

    final String prefix = "fmn-test-" + UUID.randomUUID();
    private final List<RedisCache> opened = new ArrayList<>();

    static LocalRedis orSkip() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", PORT), 1000);
        } catch (IOException e) {
            Assumptions.abort("Redis is not reachable at 127.0.0.1:" + PORT + " (" + e.getMessage() + ")");
        }
        return new LocalRedis();
    }

    RedisSettings settings(int port) {
        return new RedisSettings(URI.create("redis://127.0.0.1:" + port), prefix, Duration.ofSeconds(2),
                Duration.ofSeconds(5), Duration.ofSeconds(5), 1_000);
    }

    RedisCache open(CachePolicy policy, Clock clock, System.Logger log) {
        return open(settings(PORT), policy, clock, log);
    }

    RedisCache open(RedisSettings settings, CachePolicy policy, Clock clock, System.Logger log) {
        RedisCache cache = new RedisCache(settings, policy, clock, log);
        opened.add(cache);
        return cache;
    }

    /** A plain connection, to look at or change what the caches keep behind their backs. */
    StatefulRedisConnection<String, String> direct(RedisClient client) {
        return client.connect();
    }

    @Override
    public void close() {
        opened.forEach(RedisCache::close);
        RedisClient client = RedisClient.create("redis://127.0.0.1:" + PORT);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                KeyScanCursor<String> page = connection.sync().scan(cursor, ScanArgs.Builder.matches(prefix + ":*").limit(500));
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
