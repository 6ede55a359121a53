package org.fedoraproject.fmn.consumer.spring;

import java.time.Clock;

import org.fedoraproject.fmn.bus.BusConfiguration;
import org.fedoraproject.fmn.bus.ConditionalOnBus;
import org.fedoraproject.fmn.cache.invalidation.CacheInvalidation;
import org.fedoraproject.fmn.consumer.MessageConsumer;
import org.fedoraproject.fmn.consumer.counts.GeneratedCountRecorder;
import org.fedoraproject.fmn.consumer.pipeline.ConsumerMetrics;
import org.fedoraproject.fmn.consumer.pipeline.Pipeline;
import org.fedoraproject.fmn.consumer.rules.LiveRules;
import org.fedoraproject.fmn.consumer.sendqueue.SendTarget;
import org.fedoraproject.fmn.consumer.subscription.BusSubscription;
import org.fedoraproject.fmn.database.generated.GeneratedCounts;
import org.fedoraproject.fmn.database.rule.RuleRepository;
import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.forge.Forge;
import org.fedoraproject.fmn.notification.NotificationRenderer;
import org.fedoraproject.fmn.notification.RenderSettings;
import org.fedoraproject.fmn.schema.SchemaRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The Message Consumer, when there is a bus (one configured, {@code fmn.bus.*}, or the embedded
 * broker) and the role is on ({@code fmn.consumer.enabled}, the default): it reads the rules
 * from the database, accounts and ownership through the process's {@link Directory} and
 * {@link Forge} (the shared cache in front of FASJSON and dist-git, or the demo files), and
 * publishes to the send queues' broker ({@code fmn.send-queue.*}, the bus's when not set),
 * through the connection settings of the bus module.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsumerProperties.class)
@ConditionalOnBus
@ConditionalOnProperty(name = "fmn.consumer.enabled", havingValue = "true", matchIfMissing = true)
@Import(BusConfiguration.class)
public class ConsumerConfiguration {

    @Bean
    ConsumerMetrics consumerMetrics(ObjectProvider<MeterRegistry> registry) {
        return new ConsumerMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    LiveRules liveRules(RuleRepository rules, ConsumerProperties properties) {
        return new LiveRules(rules, properties.rulePageSize());
    }

    @Bean
    GeneratedCountRecorder generatedCountRecorder(GeneratedCounts counts, ObjectProvider<Clock> clock) {
        return new GeneratedCountRecorder(counts, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    Pipeline consumerPipeline(LiveRules rules, Directory directory, Forge forge, GeneratedCountRecorder counts,
            ConsumerMetrics metrics, ObjectProvider<CacheInvalidation> invalidation,
            @Value("${fmn.public-url:https://notifications.fedoraproject.org}") String publicUrl,
            @Value("${fmn.datagrepper-url:https://apps.fedoraproject.org/datagrepper}") String datagrepperUrl) {
        NotificationRenderer renderer = new NotificationRenderer(new RenderSettings(publicUrl, datagrepperUrl, 20));
        return new Pipeline(SchemaRegistry.standard(), invalidation.getIfAvailable(() -> message -> {
        }), rules, directory, forge, renderer, counts, metrics);
    }

    @Bean(destroyMethod = "close")
    MessageConsumer messageConsumer(LiveRules rules, Pipeline pipeline, GeneratedCountRecorder counts,
            ConsumerMetrics metrics, ConsumerProperties properties, CachingConnectionFactory busConnectionFactory,
            CachingConnectionFactory sendQueueConnectionFactory,
            @Value("${fmn.send-queue.exchange:amq.direct}") String sendExchange,
            @Value("${fmn.sender.queue-prefix:}") String sendQueuePrefix) {
        // The consumer works the client's channels itself (batches, confirms, acknowledgements):
        // it takes the connection settings (URL, TLS, heartbeat) and makes connections of its own.
        BusSubscription subscription = new BusSubscription(busConnectionFactory.getRabbitConnectionFactory(),
                sendQueueConnectionFactory.getRabbitConnectionFactory(), properties.subscription(),
                pipeline, metrics, new SendTarget(sendExchange, sendQueuePrefix), properties.confirmTimeout(), "fmn-consumer");
        return new MessageConsumer(rules, subscription, counts, metrics, properties.reconcileInterval());
    }

    @Bean
    SmartLifecycle messageConsumerLifecycle(MessageConsumer consumer) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                consumer.start();
                running = true;
            }

            @Override
            public void stop() {
                consumer.close();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }

    @Bean
    ConsumerHealth consumerHealthIndicator(MessageConsumer consumer) {
        return new ConsumerHealth(consumer);
    }
}
