package org.fedoraproject.fmn.backend.outbox;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.fedoraproject.fmn.database.outbox.Backoff;
import org.fedoraproject.fmn.database.outbox.Outbox;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The outbox relay, when a bus is configured ({@code fmn.bus.url}, an {@code amqp://} or
 * {@code amqps://} URL with credentials and virtual host). Without one, rule-change messages
 * wait in the outbox, and go out once a bus is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${fmn.bus.url:}' != ''")
class RelayConfiguration {

    @Bean(destroyMethod = "destroy")
    CachingConnectionFactory relayConnectionFactory(@Value("${fmn.bus.url}") URI url) {
        CachingConnectionFactory factory = new CachingConnectionFactory(url);
        factory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        factory.setPublisherReturns(true);
        factory.setConnectionNameStrategy(f -> "fmn-api-outbox");
        return factory;
    }

    @Bean
    BusPublisher busPublisher(CachingConnectionFactory relayConnectionFactory,
            @Value("${fmn.bus.exchange:amq.topic}") String exchange,
            @Value("${fmn.bus.confirm-timeout:10s}") Duration confirmTimeout) {
        RabbitTemplate rabbit = new RabbitTemplate(relayConnectionFactory);
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
