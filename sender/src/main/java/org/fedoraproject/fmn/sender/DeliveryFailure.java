package org.fedoraproject.fmn.sender;

import java.time.Duration;
import java.util.Optional;

/** Why a notification was not delivered, and whether trying again can help. */
public final class DeliveryFailure extends Exception {

    private final boolean permanent;
    private final Duration retryAfter;

    private DeliveryFailure(String reason, Throwable cause, boolean permanent, Duration retryAfter) {
        super(reason, cause);
        this.permanent = permanent;
        this.retryAfter = retryAfter;
    }

    /** The peer is unreachable or failed for now: try again after the usual backoff. */
    public static DeliveryFailure temporary(String reason, Throwable cause) {
        return new DeliveryFailure(reason, cause, false, null);
    }

    /** The peer asked us to wait (Matrix's 429 {@code retry_after_ms}): try again after that. */
    public static DeliveryFailure retryAfter(String reason, Duration wait) {
        return new DeliveryFailure(reason, null, false, wait);
    }

    /** It can never be delivered (the address is refused, the content is unusable). */
    public static DeliveryFailure permanent(String reason, Throwable cause) {
        return new DeliveryFailure(reason, cause, true, null);
    }

    public boolean permanent() {
        return permanent;
    }

    /** How long the peer asked us to wait, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
