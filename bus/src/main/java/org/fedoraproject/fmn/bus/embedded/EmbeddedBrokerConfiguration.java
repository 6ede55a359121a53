package org.fedoraproject.fmn.bus.embedded;

import java.nio.file.Path;

import org.fedoraproject.fmn.bus.BusSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The embedded broker, when no bus is configured and {@code fmn.broker.enabled} is set (the
 * embedded default): on {@code fmn.broker.port} of loopback, its state in {@code fmn.broker.dir}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedBrokerConfiguration.OnEmbeddedBroker.class)
public class EmbeddedBrokerConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedBroker embeddedBroker(@Value("${fmn.broker.dir}") Path folder, @Value("${fmn.broker.port:0}") int port) {
        return EmbeddedBroker.start(folder, port);
    }

    /** Whether the embedded broker runs ({@link BusSettings#embedded}). */
    public static final class OnEmbeddedBroker implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return BusSettings.embedded(context.getEnvironment());
        }
    }
}
