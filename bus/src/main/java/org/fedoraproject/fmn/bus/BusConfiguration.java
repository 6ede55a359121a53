package org.fedoraproject.fmn.bus;

import org.fedoraproject.fmn.bus.embedded.EmbeddedBroker;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The two connection factories every role shares, when there is a bus (see
 * {@link org.fedoraproject.fmn.bus the package}). When the embedded broker runs, both lead to
 * it; it is started before either is made.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBus
public class BusConfiguration {

    /** The settings of the bus connection, configured or the embedded broker's. */
    @Bean
    ConnectionSettings busConnectionSettings(Environment environment, ObjectProvider<EmbeddedBroker> embedded) {
        EmbeddedBroker broker = embedded.getIfAvailable();
        return BusSettings.bus(environment, broker == null ? null : broker.connectionSettings());
    }

    @Bean(destroyMethod = "destroy")
    CachingConnectionFactory busConnectionFactory(ConnectionSettings busConnectionSettings) {
        return ConnectionFactories.create(busConnectionSettings, true);
    }

    @Bean(destroyMethod = "destroy")
    CachingConnectionFactory sendQueueConnectionFactory(Environment environment, ConnectionSettings busConnectionSettings) {
        return ConnectionFactories.create(BusSettings.sendQueue(environment, busConnectionSettings), true);
    }
}
