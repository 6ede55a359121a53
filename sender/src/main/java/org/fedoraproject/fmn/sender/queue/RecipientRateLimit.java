package org.fedoraproject.fmn.sender.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} notifications per recipient address in each window (a minute, say),
 * so that a burst of matching messages does not flood one inbox. A notification over the limit
 * is not dropped: the caller holds it back for the time {@link #acquire} returns.
 */
public final class RecipientRateLimit {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int sent) {
    }

    public RecipientRateLimit(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a limit of 1 or more and a window longer than 0");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /**
     * Counts a notification to the address if the limit allows it now, returning zero; or,
     * without counting it, how long to wait until the address's window has room again.
     */
    public Duration acquire(String address) {
        Instant now = clock.instant();
        String key = address.toLowerCase(Locale.ROOT);
        Duration[] wait = {Duration.ZERO};
        windows.compute(key, (k, current) -> {
            if (current == null || !now.isBefore(current.start.plus(window))) {
                return new Window(now, 1);
            }
            if (current.sent < limit) {
                return new Window(current.start, current.sent + 1);
            }
            wait[0] = Duration.between(now, current.start.plus(window));
            return current;
        });
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> !now.isBefore(w.start.plus(window)));
        }
        return wait[0];
    }
}
