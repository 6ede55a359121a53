package org.fedoraproject.fmn.app.server.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;

import org.fedoraproject.fmn.bus.embedded.EmbeddedBrokerConfiguration;
import org.fedoraproject.fmn.schema.SchemaRegistry;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The demo stream, in the embedded default only: when the embedded broker is the bus and
 * {@code fmn.demo.stream.enabled} is set. A configured bus ({@code fmn.bus.url}) is production,
 * and never gets demo messages.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedBrokerConfiguration.OnEmbeddedBroker.class)
@ConditionalOnProperty(name = "fmn.demo.stream.enabled", havingValue = "true")
public class DemoStreamConfiguration {

    @Bean
    DemoStream demoStream(@Value("${fmn.demo.dir}") Path demo, @Value("${fmn.demo.stream.interval:20s}") Duration interval,
            CachingConnectionFactory busConnectionFactory) {
        RabbitTemplate rabbit = new RabbitTemplate(busConnectionFactory);
        rabbit.setUsePublisherConnection(true);
        DemoMessages messages = new DemoMessages(DemoWorld.read(demo), SchemaRegistry.standard(), RandomGenerator.getDefault(),
                Clock.systemUTC());
        return new DemoStream(messages, rabbit, interval);
    }
}
