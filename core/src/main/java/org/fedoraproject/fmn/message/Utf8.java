package org.fedoraproject.fmn.message;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 validation, as Python's and the JDK's strict decoders judge it: no overlong
 * forms, no surrogates, nothing above U+10FFFF, no truncated sequence. Runs over ASCII eight
 * bytes at a time: every bus message is checked, and most of a message is ASCII.
 *
 * <p>It also stops at a NUL byte. NUL is valid UTF-8, but no JSON text holds one (JSON
 * escapes control characters), while UTF-16 and UTF-32 text without a byte order mark is
 * ASCII and NULs: left to the JSON parser, such text would be decoded by its guess at the
 * encoding, and a stray NUL would be reported as some unrelated character.
 */
final class Utf8 {

    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;

    private Utf8() {
    }

    /**
     * The offset of the first NUL byte or the first byte of the first invalid sequence, or -1
     * when all is valid and NUL-free.
     */
    static int firstInvalid(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            // Eight bytes from 1 to 0x7f: no high bit set in them, nor in them less one each
            // (a 0 byte borrows, and sets its high bit).
            if (i + 8 <= n) {
                long eight = (long) EIGHT_BYTES.get(bytes, i);
                if (((eight | (eight - LOW_BITS)) & HIGH_BITS) == 0) {
                    i += 8;
                    continue;
                }
            }
            int b = bytes[i];
            if (b > 0) {
                i++;
                continue;
            }
            if (b == 0) {
                return i;
            }
            b &= 0xff;
            int length;
            int min;
            if (b >= 0xc2 && b <= 0xdf) {
                length = 2;
                min = 0x80;
            } else if (b >= 0xe0 && b <= 0xef) {
                length = 3;
                min = 0x800;
            } else if (b >= 0xf0 && b <= 0xf4) {
                length = 4;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + length > n) {
                return i;
            }
            int codePoint = b & (0xff >> (length + 1));
            for (int k = 1; k < length; k++) {
                int next = bytes[i + k] & 0xff;
                if ((next & 0xc0) != 0x80) {
                    return i;
                }
                codePoint = (codePoint << 6) | (next & 0x3f);
            }
            if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
                return i;
            }
            i += length;
        }
        return -1;
    }
}
