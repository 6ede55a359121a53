package org.fedoraproject.fmn.sender.irc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** On virtual time: sleeping moves the clock. */
class TokenBucketTest {

    private long now = 0;
    private final List<Duration> sleeps = new ArrayList<>();

    private TokenBucket bucket(double perSecond, int burst) {
        return new TokenBucket(perSecond, burst, () -> now, duration -> {
            sleeps.add(duration);
            now += duration.toNanos();
        });
    }

    @Test
    void theBurstGoesOutAtOnceThenLinesWaitForTheRate() throws Exception {
        TokenBucket bucket = bucket(2, 3);

        for (int i = 0; i < 3; i++) {
            bucket.take();
        }
        assertThat(sleeps).isEmpty();

        for (int i = 0; i < 4; i++) {
            bucket.take();
        }
        assertThat(sleeps).hasSize(4).allSatisfy(wait -> assertThat(wait).isEqualTo(Duration.ofMillis(500)));
        assertThat(Duration.ofNanos(now)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void quietTimeRefillsTheBurstButNoMore() throws Exception {
        TokenBucket bucket = bucket(1, 2);
        bucket.take();
        bucket.take();

        now += Duration.ofMinutes(10).toNanos();
        bucket.take();
        bucket.take();
        assertThat(sleeps).isEmpty();

        bucket.take();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aRateOfZeroIsRefused() {
        assertThatThrownBy(() -> bucket(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
