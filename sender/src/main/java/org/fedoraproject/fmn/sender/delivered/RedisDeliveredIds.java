package org.fedoraproject.fmn.sender.delivered;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.lettuce.core.RedisClient;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * Delivered ids in Redis, one key each ({@code fmn:sender:delivered:<id>}) expiring after the
 * time they are kept, and claims ({@code fmn:sender:claimed:<id>}, set only if absent, expiring
 * with their lease), shared by every sender instance. When Redis cannot be reached (even when
 * the sender starts), a notification is delivered rather than held back: a rare duplicate is
 * better than every notification waiting for Redis. The outage is logged once, and its end once.
 */
public final class RedisDeliveredIds implements DeliveredIds {

    private static final Logger LOG = LoggerFactory.getLogger(RedisDeliveredIds.class);
    private static final String PREFIX = "fmn:sender:delivered:";
    private static final String CLAIM_PREFIX = "fmn:sender:claimed:";

    private final RedisClient client;
    private final Duration keep;
    private StatefulRedisConnection<String, String> connection;
    private volatile boolean down;

    public RedisDeliveredIds(String redisUrl, Duration keep) {
        this.client = RedisClient.create(redisUrl);
        this.client.setDefaultTimeout(Duration.ofSeconds(2));
        this.keep = keep;
    }

    /** The connection, made at first use; once made, Lettuce reconnects it by itself. */
    private synchronized RedisCommands<String, String> redis() {
        if (connection == null) {
            connection = client.connect();
        }
        return connection.sync();
    }

    @Override
    public boolean contains(String notificationId) {
        try {
            boolean known = redis().exists(PREFIX + notificationId) > 0;
            up();
            return known;
        } catch (RuntimeException e) {
            down(e);
            return false;
        }
    }

    @Override
    public void remember(String notificationId) {
        try {
            redis().set(PREFIX + notificationId, "1", SetArgs.Builder.ex(keep));
            redis().del(CLAIM_PREFIX + notificationId);
            up();
        } catch (RuntimeException e) {
            down(e);
        }
    }

    @Override
    public boolean claim(String notificationId, Duration lease) {
        try {
            boolean claimed = "OK".equals(redis().set(CLAIM_PREFIX + notificationId, "1", SetArgs.Builder.nx().px(lease)));
            up();
            return claimed;
        } catch (RuntimeException e) {
            down(e);
            return true;
        }
    }

    @Override
    public void release(String notificationId) {
        try {
            redis().del(CLAIM_PREFIX + notificationId);
        } catch (RuntimeException e) {
            down(e);
        }
    }

    private void up() {
        if (down) {
            down = false;
            LOG.info("Redis answers again: delivered notification ids are checked again");
        }
    }

    private void down(RuntimeException e) {
        if (!down) {
            down = true;
            LOG.warn("Redis does not answer ({}): notifications are delivered without checking whether they were already", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
