package org.fedoraproject.fmn.backend.unsubscribe;

import java.nio.file.Path;
import java.time.Duration;

import org.fedoraproject.fmn.unsubscribe.UnsubscribeKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key that checks unsubscribe links, the same the email sender signs them with
 * ({@code fmn.unsubscribe.secret}, {@code fmn.unsubscribe.secret-file}, or the one made under the
 * data directory), and how long a link stays valid ({@code fmn.unsubscribe.max-age}).
 */
@Component
class UnsubscribeSettings {

    private final byte[] key;
    private final Duration maxAge;

    UnsubscribeSettings(@Value("${fmn.unsubscribe.secret:}") String secret, @Value("${fmn.unsubscribe.secret-file:}") String secretFile,
            @Value("${fmn.data-dir:data}") Path dataDir, @Value("${fmn.unsubscribe.max-age:90d}") Duration maxAge) {
        this.key = UnsubscribeKey.load(secret, secretFile, dataDir);
        this.maxAge = maxAge;
    }

    byte[] key() {
        return key;
    }

    Duration maxAge() {
        return maxAge;
    }
}
