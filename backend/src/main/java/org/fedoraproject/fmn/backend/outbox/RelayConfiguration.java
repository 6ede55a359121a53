package org.fedoraproject.fmn.backend.outbox;

import java.time.Clock;
import java.time.Duration;

import org.fedoraproject.fmn.bus.BusConfiguration;
import org.fedoraproject.fmn.bus.ConditionalOnBus;
import org.fedoraproject.fmn.database.outbox.Backoff;
import org.fedoraproject.fmn.database.outbox.Outbox;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The outbox relay, when there is a bus: one configured ({@code fmn.bus.*}, see the bus
 * module), or the embedded broker. Without one, rule-change messages wait in the outbox, and go
 * out once a bus is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBus
@Import(BusConfiguration.class)
class RelayConfiguration {

    @Bean
    BusPublisher busPublisher(CachingConnectionFactory busConnectionFactory,
            @Value("${fmn.bus.exchange:amq.topic}") String exchange,
            @Value("${fmn.bus.confirm-timeout:10s}") Duration confirmTimeout) {
        RabbitTemplate rabbit = new RabbitTemplate(busConnectionFactory);
        // Publishes on a connection of its own, so that a broker blocking publishers (flow
        // control) never stalls a consumer on the shared one.
        rabbit.setUsePublisherConnection(true);
        rabbit.setMandatory(true);
        return new RabbitBusPublisher(rabbit, exchange, confirmTimeout);
    }

    @Bean
    OutboxRelay outboxRelay(Outbox outbox, BusPublisher busPublisher, MeterRegistry meters,
            @Value("${fmn.outbox.retry-first:1s}") Duration first, @Value("${fmn.outbox.retry-max:5m}") Duration max) {
        return new OutboxRelay(outbox, busPublisher, new Backoff(first, max), 100, Duration.ofMinutes(1), meters);
    }

    @Bean
    RelayLoop relayLoop(OutboxRelay outboxRelay, @Value("${fmn.outbox.poll-interval:1s}") Duration interval,
            @Value("${fmn.outbox.keep-sent:7d}") Duration keepSent, Clock clock) {
        return new RelayLoop(outboxRelay, interval, keepSent, clock);
    }
}
