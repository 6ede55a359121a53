package org.fedoraproject.fmn.sender.irc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ReconnectDelaysTest {

    @Test
    void waitsDoubleUpToTheLongestAndStartAgainOnceConnected() {
        ReconnectDelays delays = new ReconnectDelays(Duration.ofSeconds(1), Duration.ofSeconds(5));

        assertThat(delays.next()).isEqualTo(Duration.ofSeconds(1));
        assertThat(delays.next()).isEqualTo(Duration.ofSeconds(2));
        assertThat(delays.next()).isEqualTo(Duration.ofSeconds(4));
        assertThat(delays.next()).isEqualTo(Duration.ofSeconds(5));
        assertThat(delays.next()).isEqualTo(Duration.ofSeconds(5));

        delays.reset();
        assertThat(delays.next()).isEqualTo(Duration.ofSeconds(1));
    }
}
