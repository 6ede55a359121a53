package org.fedoraproject.fmn.cache.redis;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.SocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.fedoraproject.fmn.cache.CacheCounts;
import org.fedoraproject.fmn.cache.CacheEntry;
import org.fedoraproject.fmn.cache.CacheEvent;
import org.fedoraproject.fmn.cache.CacheKey;
import org.fedoraproject.fmn.cache.CachePolicy;
import org.fedoraproject.fmn.cache.CachedValue;
import org.fedoraproject.fmn.cache.RefreshLock;
import org.fedoraproject.fmn.cache.CacheStatistics;
import org.fedoraproject.fmn.cache.ServiceCache;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;

/**
 * The production cache: entries in Redis, shared by every process of a deployment, each process
 * with its own {@link NearCache} in front. Drops are published on the deployment's channel
 * ({@code <prefix>:drops}) and every other process's near-cache forgets those entries when it
 * hears them; a process that loses its connection forgets its whole near-cache.
 *
 * <p>Layout under the prefix: {@code <prefix>:v:<scope>:<id>} holds an entry (until when it is
 * fresh, when it is gone and when it was stored, a newline, the value) with Redis's own expiry at the same end;
 * {@code <prefix>:t:<tag>} the set of keys put with that tag; {@code <prefix>:l:<scope>:<id>}
 * the refresh lock; {@code <prefix>:counts} the deployment's counts of lookups ({@code <scope>:<event>},
 * each process adding its own every {@link #PUBLISH_COUNTS_EVERY}). Freshness and expiry are judged on this process's clock (Redis's
 * expiry only reclaims the memory), so processes should keep their clocks in step.
 *
 * <p>When Redis does not answer (commands are refused at once while the connection is down, and
 * time out after {@link RedisSettings#timeout()} otherwise), every operation falls through as
 * {@link ServiceCache} describes and the outage is logged once.
 */
public final class RedisCache implements ServiceCache {

    private static final String PUT = """
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            for i = 2, #KEYS do
              redis.call('SADD', KEYS[i], ARGV[3])
              if redis.call('PTTL', KEYS[i]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[i], ARGV[2]) end
            end
            return 1""";
    private static final String DROP_TAG = """
            local keys = redis.call('SMEMBERS', KEYS[1])
            for _, key in ipairs(keys) do redis.call('DEL', ARGV[1] .. key) end
            redis.call('DEL', KEYS[1])
            return keys""";
    private static final String DROP_EACH = """
            local dropped = {}
            for i = 1, #KEYS do dropped[i] = redis.call('DEL', KEYS[i]) end
            return dropped""";
    private static final String UNLOCK = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0""";

    /** How often a process adds its counts to the deployment's. */
    static final Duration PUBLISH_COUNTS_EVERY = Duration.ofSeconds(10);

    /** How many keys one command of a scan or a drop handles. */
    private static final int BATCH = 500;

    private final RedisSettings settings;
    private final CachePolicy policy;
    private final Clock clock;
    private final RedisClient client;
    private final Outage outage;
    private final NearCache near;
    private final String self = UUID.randomUUID().toString();
    private final String channel;
    private final AtomicLong drops = new AtomicLong();
    private final AtomicBoolean lostTouch = new AtomicBoolean();
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile StatefulRedisPubSubConnection<String, String> subscription;
    private final ReentrantLock connecting = new ReentrantLock();
    private volatile Instant nextAttempt = Instant.MIN;
    private final CacheStatistics statistics = new CacheStatistics();
    private final ReentrantLock publishing = new ReentrantLock();
    private Map<String, CacheCounts> published = Map.of();
    private volatile long nextPublish;

    /**
     * A cache on Redis; it connects on first use, and keeps working (falling through) when it
     * cannot.
     */
    public RedisCache(RedisSettings settings, CachePolicy policy, Clock clock, Logger log) {
        this.settings = settings;
        this.policy = policy;
        this.clock = clock;
        this.outage = new Outage(log, settings.safeUrl());
        this.near = settings.nearTtl().isZero() ? null : new NearCache(clock, settings.nearTtl(), settings.nearMaxEntries());
        this.channel = settings.prefix() + ":drops";
        RedisURI uri = RedisURI.create(settings.url().toString());
        uri.setTimeout(settings.timeout());
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(settings.timeout()).build())
                .timeoutOptions(TimeoutOptions.enabled(settings.timeout()))
                .build());
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisConnected(RedisChannelHandler<?, ?> handler, SocketAddress address) {
                if (lostTouch.getAndSet(false)) {
                    forgetNear(); // drops may have been missed while away
                }
            }

            @Override
            public void onRedisDisconnected(RedisChannelHandler<?, ?> handler) {
                lostTouch.set(true);
                forgetNear();
            }
        });
    }

    @Override
    public Optional<CachedValue> get(CacheKey key) {
        if (clock.millis() >= nextPublish) {
            publishCounts();
        }
        if (near != null) {
            Optional<CachedValue> copy = near.get(key);
            if (copy.isPresent() && copy.get().freshAt(clock.instant())) {
                return copy; // a stale copy may have been refreshed by another process: ask Redis
            }
        }
        long dropsBefore = drops.get();
        Optional<String> stored = call(commands -> Optional.ofNullable(commands.get(valueKey(key))), Optional.<String>empty());
        Optional<CachedValue> value = stored.flatMap(this::parse);
        if (near != null && value.isPresent() && drops.get() == dropsBefore) {
            near.put(key, value.get());
        }
        return value;
    }

    @Override
    public void put(CacheKey key, String value, Set<String> tags) {
        Instant freshUntil = clock.instant().plus(policy.ttl(key.scope()));
        String[] keys = new String[1 + tags.size()];
        keys[0] = valueKey(key);
        int i = 1;
        for (String tag : tags) {
            keys[i++] = tagKey(tag);
        }
        Instant now = clock.instant();
        String stored = freshUntil.toEpochMilli() + " " + now.plus(policy.kept(key.scope())).toEpochMilli() + " "
                + now.toEpochMilli() + "\n" + value;
        String px = Long.toString(Math.max(1, policy.kept(key.scope()).toMillis()));
        boolean kept = call(commands -> {
            commands.eval(PUT, ScriptOutputType.INTEGER, keys, stored, px, key.toString());
            return true;
        }, false);
        if (kept && near != null) {
            near.put(key, new CachedValue(value, freshUntil));
        }
    }

    @Override
    public void drop(CacheKey key) {
        drop(List.of(key));
    }

    @Override
    public long drop(Collection<CacheKey> keys) {
        drops.incrementAndGet();
        List<CacheKey> all = List.copyOf(keys);
        if (near != null) {
            near.forget(all);
        }
        long kept = 0;
        for (int from = 0; from < all.size(); from += BATCH) {
            List<CacheKey> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            List<Long> deleted = call(commands -> {
                List<Long> each = commands.eval(DROP_EACH, ScriptOutputType.MULTI,
                        batch.stream().map(this::valueKey).toArray(String[]::new));
                commands.publish(channel, self + "\n" + String.join("\n", batch.stream().map(CacheKey::toString).toList()));
                return each;
            }, List.of());
            for (int i = 0; i < deleted.size(); i++) {
                if (deleted.get(i) > 0) {
                    statistics.record(batch.get(i).scope(), CacheEvent.DROP);
                    kept++;
                }
            }
        }
        return kept;
    }

    @Override
    public List<CacheEntry> entries(String scope) {
        String match = glob(settings.prefix()) + ":v:" + (scope == null ? "" : glob(scope) + ":") + "*";
        int strip = settings.prefix().length() + 3;
        List<CacheEntry> found = new ArrayList<>();
        call(commands -> {
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                KeyScanCursor<String> page = commands.scan(cursor, ScanArgs.Builder.matches(match).limit(BATCH));
                if (!page.getKeys().isEmpty()) {
                    for (KeyValue<String, String> stored : commands.mget(page.getKeys().toArray(String[]::new))) {
                        if (stored.hasValue()) {
                            entry(CacheKey.parse(stored.getKey().substring(strip)), stored.getValue()).ifPresent(found::add);
                        }
                    }
                }
                cursor = page;
            } while (!cursor.isFinished());
            return null;
        }, null);
        return found;
    }

    @Override
    public Set<CacheKey> tagged(String tag) {
        Set<CacheKey> keys = new LinkedHashSet<>();
        call(commands -> {
            List<String> members = List.copyOf(commands.smembers(tagKey(tag)));
            for (int from = 0; from < members.size(); from += BATCH) {
                List<String> batch = members.subList(from, Math.min(members.size(), from + BATCH));
                List<KeyValue<String, String>> values = commands.mget(batch.stream()
                        .map(member -> settings.prefix() + ":v:" + member).toArray(String[]::new));
                for (int i = 0; i < batch.size(); i++) {
                    if (values.get(i).hasValue()) { // the set outlives entries dropped one by one
                        keys.add(CacheKey.parse(batch.get(i)));
                    }
                }
            }
            return null;
        }, null);
        return keys;
    }

    @Override
    public CacheStatistics statistics() {
        return statistics;
    }

    @Override
    public Map<String, CacheCounts> sharedCounts() {
        publishCounts();
        Map<String, String> stored = call(commands -> commands.hgetall(countsKey()), Map.<String, String>of());
        Map<String, Map<CacheEvent, Long>> byScope = new TreeMap<>();
        stored.forEach((field, value) -> {
            int colon = field.lastIndexOf(':');
            for (CacheEvent event : CacheEvent.values()) {
                if (colon > 0 && event.label().equals(field.substring(colon + 1))) {
                    byScope.computeIfAbsent(field.substring(0, colon), s -> new HashMap<>()).put(event, Long.parseLong(value));
                }
            }
        });
        Map<String, CacheCounts> counts = new TreeMap<>();
        byScope.forEach((scope, events) -> counts.put(scope, new CacheCounts(events)));
        return counts;
    }

    /** Adds what this process counted since it last did to the deployment's counts. */
    private void publishCounts() {
        if (!publishing.tryLock()) {
            return;
        }
        try {
            nextPublish = clock.millis() + PUBLISH_COUNTS_EVERY.toMillis();
            Map<String, CacheCounts> now = statistics.snapshot();
            Map<String, CacheCounts> before = published;
            boolean sent = call(commands -> {
                now.forEach((scope, counts) -> {
                    CacheCounts added = counts.minus(before.getOrDefault(scope, CacheCounts.NONE));
                    added.counts().forEach((event, n) -> commands.hincrby(countsKey(), scope + ":" + event.label(), n));
                });
                return true;
            }, false);
            if (sent) {
                published = now;
            }
        } finally {
            publishing.unlock();
        }
    }

    @Override
    public void dropTag(String tag) {
        drops.incrementAndGet();
        List<String> dropped = call(commands -> commands.<List<String>>eval(DROP_TAG, ScriptOutputType.MULTI,
                new String[] {tagKey(tag)}, settings.prefix() + ":v:"), List.of());
        if (dropped.isEmpty()) {
            return;
        }
        List<CacheKey> keys = dropped.stream().map(CacheKey::parse).toList();
        keys.forEach(key -> statistics.record(key.scope(), CacheEvent.DROP));
        if (near != null) {
            near.forget(keys);
        }
        call(commands -> commands.publish(channel, self + "\n" + String.join("\n", dropped)), 0L);
    }

    @Override
    public Optional<RefreshLock> tryLock(CacheKey key) {
        String lockKey = settings.prefix() + ":l:" + key;
        String token = UUID.randomUUID().toString();
        Boolean taken = call(commands -> "OK".equals(commands.set(lockKey, token,
                SetArgs.Builder.nx().px(policy.refreshLock().toMillis()))), null);
        if (taken == null) { // Redis does not answer: nobody can coordinate, so everyone refreshes
            return Optional.of(() -> { });
        }
        if (!taken) {
            return Optional.empty();
        }
        return Optional.of(() -> call(commands -> commands.eval(UNLOCK, ScriptOutputType.INTEGER, new String[] {lockKey}, token), 0L));
    }

    @Override
    public long drops() {
        return drops.get();
    }

    @Override
    public CachePolicy policy() {
        return policy;
    }

    /** Whether the last command failed; the cache falls through to the services meanwhile. */
    public boolean isDown() {
        return outage.isDown();
    }

    @Override
    public void close() {
        if (connection != null) {
            publishCounts();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    private <T> T call(Function<RedisCommands<String, String>, T> command, T fallback) {
        try {
            T answer = command.apply(commands());
            outage.succeeded();
            return answer;
        } catch (RuntimeException e) {
            outage.failed(e);
            return fallback;
        }
    }

    private RedisCommands<String, String> commands() {
        StatefulRedisConnection<String, String> current = connection;
        if (current != null) {
            return current.sync();
        }
        // One caller connects while the others wait: a connection is made in milliseconds, and
        // while Redis is unreachable this is tried once every reconnectEvery, for at most timeout.
        connecting.lock();
        try {
            if (connection == null) {
                Instant now = clock.instant();
                if (now.isBefore(nextAttempt)) {
                    throw new IllegalStateException("not connected");
                }
                nextAttempt = now.plus(settings.reconnectEvery());
                subscribe();
                connection = client.connect();
            }
            return connection.sync();
        } finally {
            connecting.unlock();
        }
    }

    private void subscribe() {
        if (subscription == null) {
            StatefulRedisPubSubConnection<String, String> pubsub = client.connectPubSub();
            pubsub.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String from, String message) {
                    heard(message);
                }
            });
            try {
                pubsub.sync().subscribe(channel);
            } catch (RuntimeException e) {
                pubsub.close();
                throw e;
            }
            subscription = pubsub;
        }
    }

    private void heard(String message) {
        String[] lines = message.split("\n");
        if (lines.length < 2 || lines[0].equals(self)) {
            return;
        }
        List<CacheKey> keys = new ArrayList<>(lines.length - 1);
        for (int i = 1; i < lines.length; i++) {
            try {
                keys.add(CacheKey.parse(lines[i]));
            } catch (IllegalArgumentException e) {
                System.getLogger(RedisCache.class.getName()).log(Level.DEBUG, "ignoring a drop of " + lines[i]);
            }
        }
        drops.incrementAndGet();
        if (near != null) {
            near.forget(keys);
        }
    }

    private void forgetNear() {
        drops.incrementAndGet();
        if (near != null) {
            near.forgetAll();
        }
    }

    private String valueKey(CacheKey key) {
        return settings.prefix() + ":v:" + key;
    }

    private String tagKey(String tag) {
        return settings.prefix() + ":t:" + tag;
    }

    private String countsKey() {
        return settings.prefix() + ":counts";
    }

    /** The text as a SCAN pattern that matches only itself. */
    private static String glob(String text) {
        return text.replaceAll("([*?\\[\\]\\\\^])", "\\\\$1");
    }

    private Optional<CacheEntry> entry(CacheKey key, String stored) {
        return times(stored).map(times -> times[2] < 0
                ? CacheEntry.of(key, Instant.ofEpochMilli(times[0]), Instant.ofEpochMilli(times[1]), policy)
                : new CacheEntry(key, Instant.ofEpochMilli(times[2]), Instant.ofEpochMilli(times[0]), Instant.ofEpochMilli(times[1])));
    }

    /** An entry as stored: until when it is fresh and when it is gone (epoch milliseconds), a newline, the value. */
    private Optional<CachedValue> parse(String stored) {
        return times(stored).map(times -> new CachedValue(stored.substring(stored.indexOf('\n') + 1),
                Instant.ofEpochMilli(times[0])));
    }

    /**
     * An entry's times (epoch milliseconds): until when it is fresh, when it is gone, and when it
     * was stored (-1 for an entry stored without it); empty when it is past its end or unreadable.
     */
    private Optional<long[]> times(String stored) {
        int newline = stored.indexOf('\n');
        if (newline < 0) {
            return Optional.empty();
        }
        String[] header = stored.substring(0, newline).split(" ");
        if (header.length < 2) {
            return Optional.empty();
        }
        try {
            long freshUntil = Long.parseLong(header[0]);
            long goneAt = Long.parseLong(header[1]);
            long storedAt = header.length > 2 ? Long.parseLong(header[2]) : -1;
            return clock.millis() >= goneAt ? Optional.empty() : Optional.of(new long[] {freshUntil, goneAt, storedAt});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
