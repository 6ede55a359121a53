package org.fedoraproject.fmn.sender.email;

import java.time.Clock;

import org.fedoraproject.fmn.unsubscribe.UnsubscribeToken;

/**
 * The one-click unsubscribe link of a mail sent for a rule:
 * {@code <public URL>/api/v1/unsubscribe?token=<signed token>}, which the API checks with the
 * same key.
 */
public final class UnsubscribeLinks {

    private final String publicUrl;
    private final byte[] key;
    private final Clock clock;

    public UnsubscribeLinks(String publicUrl, byte[] key, Clock clock) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.key = key.clone();
        this.clock = clock;
    }

    public String link(long ruleId, String owner) {
        return publicUrl + "/api/v1/unsubscribe?token=" + new UnsubscribeToken(ruleId, owner, clock.instant()).sign(key);
    }
}
