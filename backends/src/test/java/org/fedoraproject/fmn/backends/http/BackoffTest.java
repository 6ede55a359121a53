package org.fedoraproject.fmn.backends.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void waitsTwiceAsLongBeforeEachRetryUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(3));

        assertThat(backoff.before(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.before(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.before(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.before(4)).isEqualTo(Duration.ofSeconds(3));
        assertThat(backoff.before(1_000_000)).isEqualTo(Duration.ofSeconds(3));
    }
}
