package org.fedoraproject.fmn.consumer.spring;

import org.fedoraproject.fmn.consumer.MessageConsumer;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** The consumer's part of {@code /actuator/health}: up once the rule index is built and the brokers are connected. */
final class ConsumerHealth implements HealthIndicator {

    private final MessageConsumer consumer;

    ConsumerHealth(MessageConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public Health health() {
        Health.Builder health = consumer.ready() ? Health.up() : Health.outOfService();
        health.withDetail("state", consumer.state());
        consumer.rules().index().ifPresent(index -> health.withDetail("rules", index.size()));
        return health.build();
    }
}
