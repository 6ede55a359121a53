package org.fedoraproject.fmn.unsubscribe;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of an unsubscribe link: which rule to disable, whose it is and when the link was
 * made, signed with HMAC-SHA256 so that nobody can disable a rule they were not mailed about.
 * Written as {@code <rule id>.<issued at, epoch seconds>.<owner, base64url>.<signature, base64url>},
 * all characters safe in a URL.
 *
 * @param ruleId the rule the link disables
 * @param owner the rule's owner when the mail was sent; a rule that changed hands is not disabled
 * @param issuedAt when the link was made; old links are refused
 */
public record UnsubscribeToken(long ruleId, String owner, Instant issuedAt) {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** The token signed with a key, as it goes into a link. */
    public String sign(byte[] key) {
        String payload = ruleId + "." + issuedAt.getEpochSecond() + "." + ENCODER.encodeToString(owner.getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(key, payload));
    }

    /**
     * Reads and checks a token from a link.
     *
     * @throws InvalidTokenException when it is not a token, was not signed with this key, or is
     *         older than {@code maxAge} allows
     */
    public static UnsubscribeToken verify(String token, byte[] key, Instant now, java.time.Duration maxAge) {
        if (token == null || token.length() > 512) {
            throw new InvalidTokenException(InvalidTokenException.Reason.MALFORMED);
        }
        int lastDot = token.lastIndexOf('.');
        String[] parts = token.split("\\.", -1);
        if (parts.length != 4 || lastDot < 0) {
            throw new InvalidTokenException(InvalidTokenException.Reason.MALFORMED);
        }
        byte[] given;
        try {
            given = DECODER.decode(parts[3]);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException(InvalidTokenException.Reason.MALFORMED);
        }
        // Compared in constant time, so that the signature cannot be found byte by byte.
        if (!MessageDigest.isEqual(given, mac(key, token.substring(0, lastDot)))) {
            throw new InvalidTokenException(InvalidTokenException.Reason.FORGED);
        }
        UnsubscribeToken read;
        try {
            read = new UnsubscribeToken(Long.parseLong(parts[0]), new String(DECODER.decode(parts[2]), StandardCharsets.UTF_8),
                    Instant.ofEpochSecond(Long.parseLong(parts[1])));
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException(InvalidTokenException.Reason.MALFORMED);
        }
        if (read.issuedAt.plus(maxAge).isBefore(now)) {
            throw new InvalidTokenException(InvalidTokenException.Reason.EXPIRED);
        }
        return read;
    }

    private static byte[] mac(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
