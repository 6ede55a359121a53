package org.fedoraproject.fmn.unsubscribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnsubscribeTokenTest {

    private static final byte[] KEY = "a key of this FMN".getBytes(StandardCharsets.UTF_8);
    private static final Instant ISSUED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration MAX_AGE = Duration.ofDays(90);

    @Test
    void aSignedTokenIsReadBackWithItsRuleOwnerAndTime() {
        var token = new UnsubscribeToken(42, "zoë", ISSUED);
        String signed = token.sign(KEY);
        assertThat(signed).matches("[A-Za-z0-9._-]+");
        assertThat(UnsubscribeToken.verify(signed, KEY, ISSUED.plus(Duration.ofDays(89)), MAX_AGE)).isEqualTo(token);
    }

    @Test
    void aTokenForAnotherRuleOrOwnerOrSignedWithAnotherKeyIsForged() {
        String signed = new UnsubscribeToken(42, "mira", ISSUED).sign(KEY);
        String otherRule = "43" + signed.substring(2);
        assertThatThrownBy(() -> UnsubscribeToken.verify(otherRule, KEY, ISSUED, MAX_AGE))
                .isInstanceOfSatisfying(InvalidTokenException.class, e -> assertThat(e.reason()).isEqualTo(InvalidTokenException.Reason.FORGED));
        assertThatThrownBy(() -> UnsubscribeToken.verify(signed, "another key".getBytes(StandardCharsets.UTF_8), ISSUED, MAX_AGE))
                .isInstanceOfSatisfying(InvalidTokenException.class, e -> assertThat(e.reason()).isEqualTo(InvalidTokenException.Reason.FORGED));
    }

    @Test
    void anOldTokenHasExpiredAndAPartOfOneIsMalformed() {
        String signed = new UnsubscribeToken(42, "mira", ISSUED).sign(KEY);
        assertThatThrownBy(() -> UnsubscribeToken.verify(signed, KEY, ISSUED.plus(Duration.ofDays(91)), MAX_AGE))
                .isInstanceOfSatisfying(InvalidTokenException.class, e -> assertThat(e.reason()).isEqualTo(InvalidTokenException.Reason.EXPIRED));
        assertThatThrownBy(() -> UnsubscribeToken.verify(signed.substring(0, 10), KEY, ISSUED, MAX_AGE))
                .isInstanceOfSatisfying(InvalidTokenException.class, e -> assertThat(e.reason()).isEqualTo(InvalidTokenException.Reason.MALFORMED));
        assertThatThrownBy(() -> UnsubscribeToken.verify(null, KEY, ISSUED, MAX_AGE)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void theEmbeddedKeyIsMadeOnceAndKept(@TempDir Path dataDir) throws Exception {
        byte[] first = UnsubscribeKey.load("", null, dataDir);
        assertThat(UnsubscribeKey.load(null, "", dataDir)).isEqualTo(first);
        assertThat(first.length).isGreaterThanOrEqualTo(32);
        Path file = dataDir.resolve("secret");
        Files.writeString(file, "from a file\n");
        assertThat(new String(UnsubscribeKey.load(null, file.toString(), dataDir), StandardCharsets.UTF_8)).isEqualTo("from a file");
        assertThat(new String(UnsubscribeKey.load(" given ", file.toString(), dataDir), StandardCharsets.UTF_8)).isEqualTo("given");
    }
}
