package org.fedoraproject.fmn.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class Utf8Test {

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void acceptsWhatAStrictDecoderAcceptsOnRandomBytes() {
        Random random = new Random(7);
        int invalid = 0;
        for (int i = 0; i < 200_000; i++) {
            byte[] bytes = new byte[1 + random.nextInt(6)];
            random.nextBytes(bytes);
            boolean valid = Utf8.firstInvalid(bytes) < 0;
            assertThat(valid).as("bytes %s", java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(jdkAccepts(bytes) && firstNul(bytes) < 0);
            invalid += valid ? 0 : 1;
        }
        assertThat(invalid).isPositive();
    }

    private static int firstNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where the JDK's strict decoder stops or the first NUL byte, whichever comes first; -1 for neither. */
    private static int expectedFirstInvalid(byte[] bytes) {
        int malformed = jdkFirstInvalid(bytes);
        int nul = firstNul(bytes);
        return malformed < 0 || nul < 0 ? Math.max(malformed, nul) : Math.min(malformed, nul);
    }

    /** Where the JDK's strict decoder stops: the first malformed byte, or -1. */
    private static int jdkFirstInvalid(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, CharBuffer.allocate(bytes.length), true);
        return result.isError() ? in.position() : -1;
    }

    /** Long runs of ASCII, read eight bytes at a time, with a stray byte (NUL among them) now and then. */
    @Test
    void findsTheFirstInvalidByteAfterRunsOfAscii() {
        Random random = new Random(8);
        int invalid = 0;
        for (int i = 0; i < 100_000; i++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int b = 0; b < bytes.length; b++) {
                int stray = random.nextInt(8) == 0 ? 0 : random.nextInt(256);
                bytes[b] = random.nextInt(12) == 0 ? (byte) stray : (byte) (' ' + random.nextInt(95));
            }
            int expected = expectedFirstInvalid(bytes);
            assertThat(Utf8.firstInvalid(bytes)).as("bytes %s", java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(expected);
            invalid += expected >= 0 ? 1 : 0;
        }
        assertThat(invalid).isPositive();
    }

    @Test
    void refusesOverlongFormsSurrogatesAndTruncation() {
        assertThat(Utf8.firstInvalid(new byte[] {'a', (byte) 0xc0, (byte) 0xaf})).isEqualTo(1);
        assertThat(Utf8.firstInvalid(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80})).isZero();
        assertThat(Utf8.firstInvalid(new byte[] {'x', 'y', (byte) 0xe2, (byte) 0x82})).isEqualTo(2);
        assertThat(Utf8.firstInvalid("déjà vu ✓ 😀".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    }

    @Test
    void findsANulByteWhereverItIsInARunOfAscii() {
        for (int length = 1; length <= 40; length++) {
            for (int at = 0; at < length; at++) {
                byte[] bytes = "abcdefghijklmnopqrstuvwxyz0123456789ABCD".substring(0, length).getBytes(StandardCharsets.UTF_8);
                bytes[at] = 0;
                assertThat(Utf8.firstInvalid(bytes)).as("NUL at %d of %d", at, length).isEqualTo(at);
            }
        }
        assertThat(Utf8.firstInvalid("\u00e9\u0000".getBytes(StandardCharsets.UTF_8))).isEqualTo(2);
    }
}
