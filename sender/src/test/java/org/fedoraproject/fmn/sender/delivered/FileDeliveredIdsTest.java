package org.fedoraproject.fmn.sender.delivered;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDeliveredIdsTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void idsAreRememberedAcrossARestartForTheirTimeThenForgotten(@TempDir Path dataDir) throws Exception {
        Path file = dataDir.resolve("sender/delivered-ids");
        try (var ids = new FileDeliveredIds(file, Duration.ofDays(7), Clock.fixed(START, ZoneOffset.UTC))) {
            ids.remember("n-1");
            assertThat(ids.contains("n-1")).isTrue();
            assertThat(ids.contains("n-2")).isFalse();
        }
        // A line half-written when the process died is skipped.
        Files.writeString(file, Files.readString(file) + "17961");

        try (var restarted = new FileDeliveredIds(file, Duration.ofDays(7), Clock.fixed(START.plus(Duration.ofDays(6)), ZoneOffset.UTC))) {
            assertThat(restarted.contains("n-1")).isTrue();
        }
        try (var later = new FileDeliveredIds(file, Duration.ofDays(7), Clock.fixed(START.plus(Duration.ofDays(8)), ZoneOffset.UTC))) {
            assertThat(later.contains("n-1")).isFalse();
        }
        assertThat(Files.readString(file)).isEmpty();
    }

    @Test
    void aClaimKeepsASecondDeliveryOffUntilItIsReleasedOrExpires(@TempDir Path dataDir) {
        var clock = new java.util.concurrent.atomic.AtomicReference<>(START);
        Clock ticking = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return clock.get();
            }
        };
        try (var ids = new FileDeliveredIds(dataDir.resolve("delivered-ids"), Duration.ofDays(7), ticking)) {
            assertThat(ids.claim("n-1", Duration.ofMinutes(2))).isTrue();
            assertThat(ids.claim("n-1", Duration.ofMinutes(2))).isFalse();
            ids.release("n-1");
            assertThat(ids.claim("n-1", Duration.ofMinutes(2))).isTrue();
            clock.set(START.plus(Duration.ofMinutes(3)));
            assertThat(ids.claim("n-1", Duration.ofMinutes(2))).as("the holder died: its claim expired").isTrue();
        }
    }
}
