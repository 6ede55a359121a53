package org.fedoraproject.fmn.sender.spring;

import org.fedoraproject.fmn.sender.queue.ProtocolSender;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** A protocol's sender is up while it reads its queue from the broker. */
final class ProtocolHealth implements HealthIndicator {

    private final ProtocolSender sender;

    ProtocolHealth(ProtocolSender sender) {
        this.sender = sender;
    }

    @Override
    public Health health() {
        Health.Builder health = sender.running() ? Health.up() : Health.down();
        return health.withDetail("queue", sender.queue()).build();
    }
}
