package org.fedoraproject.fmn.backends.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How a client talks to its service.
 *
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for a whole answer, once connected
 * @param retries how many times a request that failed with a 5xx status, a connection error or
 *        a timeout is tried again (a 4xx status is never retried)
 * @param maxPages how many pages of one list are read at most: a list longer than that is
 *        read that far, with a warning in the log
 * @param maxConcurrent how many requests are under way to the service at once, at most; further
 *        callers wait their turn (first come, first served) rather than fail, so that a cold
 *        cache's first lookups, or a warm-up, do not hammer the service
 */
public record ClientSettings(Duration connectTimeout, Duration requestTimeout, int retries, int maxPages, int maxConcurrent) {

    /** How many requests are under way to one service at once unless configured otherwise. */
    public static final int DEFAULT_MAX_CONCURRENT = 8;

    /** FMN's defaults: 5 s to connect, 30 s to answer, 3 retries, 1,000 pages, 8 requests at once. */
    public static final ClientSettings DEFAULTS = new ClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), 3, 1000);

    /** Settings with at most {@link #DEFAULT_MAX_CONCURRENT} requests at once. */
    public ClientSettings(Duration connectTimeout, Duration requestTimeout, int retries, int maxPages) {
        this(connectTimeout, requestTimeout, retries, maxPages, DEFAULT_MAX_CONCURRENT);
    }

    public ClientSettings {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("the largest number of requests at once must be 1 or more, not " + maxConcurrent);
        }
        positive(connectTimeout, "the connect timeout");
        positive(requestTimeout, "the request timeout");
        if (retries < 0) {
            throw new IllegalArgumentException("the number of retries must be 0 or more, not " + retries);
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("the largest number of pages must be 1 or more, not " + maxPages);
        }
    }

    private static void positive(Duration duration, String what) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be longer than 0, not " + duration);
        }
    }
}
