package org.fedoraproject.fmn.consumer.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SubscriptionSettingsTest {

    private static SubscriptionSettings settings(String type, boolean durable, Integer limit, int prefetch, int batch) {
        return new SubscriptionSettings("fmn", durable, type, limit, "fmn.dead", Map.of(), "amq.topic", List.of("#"),
                prefetch, 2, batch, Duration.ofSeconds(1), Duration.ofSeconds(10));
    }

    @Test
    void aMessageThatKeepsFailingWaitsTwiceAsLongEachTimeUpToTheLongestWait() {
        SubscriptionSettings settings = settings("classic", true, null, 200, 100);
        assertThat(List.of(1, 2, 3, 4, 5, 50).stream().map(settings::retryDelay).toList()).containsExactly(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Test
    void settingsTheBrokerWouldRefuseAreRefusedAtStartSayingWhy() {
        assertThatThrownBy(() -> settings("stream", true, null, 200, 100)).hasMessageContaining("classic or quorum");
        assertThatThrownBy(() -> settings("quorum", false, null, 200, 100)).hasMessageContaining("always durable");
        assertThatThrownBy(() -> settings("classic", true, 5, 200, 100)).hasMessageContaining("needs a quorum queue");
        assertThatThrownBy(() -> settings("classic", true, null, 50, 100)).hasMessageContaining("at least the batch size");
        assertThatThrownBy(() -> new SubscriptionSettings(" ", true, "classic", null, null, Map.of(), "amq.topic", List.of("#"),
                10, 1, 10, Duration.ofSeconds(1), Duration.ofSeconds(1))).hasMessageContaining("needs a name");
        assertThat(settings("quorum", true, 10, 200, 100).deliveryLimit()).isEqualTo(10);
    }
}
