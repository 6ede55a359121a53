package org.fedoraproject.fmn.sender.delivered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Socket;
import java.time.Duration;
import java.util.UUID;

import org.fedoraproject.fmn.testing.TcpProxy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delivered ids in the real Redis on loopback, shared by two sender instances. */
class RedisDeliveredIdsIT {

    private static final int REDIS = 6379;

    @BeforeEach
    void redisIsRunning() {
        assumeTrue(reachable(), "Redis is not running on 127.0.0.1:6379");
    }

    private static boolean reachable() {
        try (Socket socket = new Socket("127.0.0.1", REDIS)) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void anIdOneInstanceDeliveredIsKnownToAnotherForItsTime() throws Exception {
        String id = "test-" + UUID.randomUUID();
        try (var one = new RedisDeliveredIds("redis://127.0.0.1:" + REDIS, Duration.ofSeconds(60));
                var other = new RedisDeliveredIds("redis://127.0.0.1:" + REDIS, Duration.ofSeconds(60));
                var expiring = new RedisDeliveredIds("redis://127.0.0.1:" + REDIS, Duration.ofSeconds(1))) {
            assertThat(other.contains(id)).isFalse();
            one.remember(id);
            assertThat(other.contains(id)).isTrue();

            String brief = id + "-brief";
            expiring.remember(brief);
            org.awaitility.Awaitility.await().until(() -> !other.contains(brief));
            assertThat(other.contains(id)).isTrue();
        }
    }

    @Test
    void oneInstanceAtATimeHoldsTheClaimOfADelivery() {
        String id = "test-" + UUID.randomUUID();
        try (var one = new RedisDeliveredIds("redis://127.0.0.1:" + REDIS, Duration.ofSeconds(60));
                var other = new RedisDeliveredIds("redis://127.0.0.1:" + REDIS, Duration.ofSeconds(60))) {
            assertThat(one.claim(id, Duration.ofMinutes(2))).isTrue();
            assertThat(other.claim(id, Duration.ofMinutes(2))).isFalse();
            one.remember(id);
            assertThat(other.contains(id)).isTrue();
            assertThat(other.claim(id, Duration.ofMinutes(2))).isTrue();
            other.release(id);
        }
    }

    @Test
    void withRedisUnreachableANotificationCountsAsNotDelivered() throws Exception {
        try (TcpProxy proxy = new TcpProxy(REDIS); var ids = new RedisDeliveredIds("redis://127.0.0.1:" + proxy.port(), Duration.ofSeconds(60))) {
            String id = "test-" + UUID.randomUUID();
            ids.remember(id);
            proxy.cut();
            assertThat(ids.contains(id)).isFalse();
            ids.remember("test-" + UUID.randomUUID());
        }
    }

    @Test
    void aSenderStartedWhileRedisIsUnreachableUsesItOnceItIsBack() throws Exception {
        try (TcpProxy proxy = new TcpProxy(REDIS)) {
            proxy.cut();
            try (var ids = new RedisDeliveredIds("redis://127.0.0.1:" + proxy.port(), Duration.ofSeconds(60));
                    var other = new RedisDeliveredIds("redis://127.0.0.1:" + REDIS, Duration.ofSeconds(60))) {
                String id = "test-" + UUID.randomUUID();
                ids.remember(id);
                assertThat(other.contains(id)).isFalse();

                proxy.restore();
                ids.remember(id);
                assertThat(other.contains(id)).isTrue();
            }
        }
    }
}
