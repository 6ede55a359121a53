package org.fedoraproject.fmn.sender.spring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The send queues ({@code fmn.sender.*}), common to every protocol.
 *
 * @param queuePrefix put before every queue name and routing key (empty: {@code send.email} ...),
 *        to keep several FMNs, or tests, apart on one broker
 * @param queueType {@code classic} or {@code quorum} (replicated, for a clustered broker)
 * @param retryFirstDelay the wait before a notification whose delivery failed is tried again;
 *        it doubles with each further failure
 * @param retryMaxDelay the longest wait between two tries
 * @param maxAttempts how many deliveries are tried before a notification is dead-lettered
 * @param rateLimit how many notifications one address gets per {@code rateWindow} at most; the
 *        others wait (0: no limit)
 * @param rateWindow the window of the rate limit
 * @param rememberDelivered how long a delivered notification id is remembered, so that it is
 *        not sent again when the broker hands it over again
 * @param consumers how many notifications of one protocol are delivered at once in this process
 * @param shutdownTimeout how long a stopping sender waits for the deliveries in hand
 */
@ConfigurationProperties("fmn.sender")
public record SenderProperties(@DefaultValue("") String queuePrefix, @DefaultValue("classic") String queueType,
        @DefaultValue("10s") Duration retryFirstDelay, @DefaultValue("30m") Duration retryMaxDelay, @DefaultValue("10") int maxAttempts,
        @DefaultValue("20") int rateLimit, @DefaultValue("1m") Duration rateWindow, @DefaultValue("7d") Duration rememberDelivered,
        @DefaultValue("1") int consumers, @DefaultValue("30s") Duration shutdownTimeout) {

    public SenderProperties {
        if (!queueType.equals("classic") && !queueType.equals("quorum")) {
            throw new IllegalArgumentException("fmn.sender.queue-type must be classic or quorum, not " + queueType);
        }
        if (consumers < 1) {
            throw new IllegalArgumentException("fmn.sender.consumers must be 1 or more, not " + consumers);
        }
        if (rateLimit < 0) {
            throw new IllegalArgumentException("fmn.sender.rate-limit must be 0 (no limit) or more, not " + rateLimit);
        }
    }
}
