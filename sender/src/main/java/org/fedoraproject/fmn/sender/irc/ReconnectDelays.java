package org.fedoraproject.fmn.sender.irc;

import java.time.Duration;

/**
 * The waits before reconnecting: the first, then double the last, up to the longest; back to the
 * first once a connection was made. Growing waits keep a server that is down, or a nick that is
 * still held by the instance that just died, from being hammered.
 */
final class ReconnectDelays {

    private final Duration first;
    private final Duration longest;
    private Duration next;

    ReconnectDelays(Duration first, Duration longest) {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("reconnection waits must be positive, the longest no shorter than the first: "
                    + first + ", " + longest);
        }
        this.first = first;
        this.longest = longest;
        this.next = first;
    }

    /** The wait before the next try, and doubles the one after. */
    synchronized Duration next() {
        Duration wait = next;
        next = next.multipliedBy(2).compareTo(longest) > 0 ? longest : next.multipliedBy(2);
        return wait;
    }

    /** A connection was made: the next failure waits the first wait again. */
    synchronized void reset() {
        next = first;
    }
}
