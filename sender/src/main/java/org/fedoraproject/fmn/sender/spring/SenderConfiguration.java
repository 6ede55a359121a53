package org.fedoraproject.fmn.sender.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.fedoraproject.fmn.sender.Delivery;
import org.fedoraproject.fmn.sender.delivered.DeliveredIds;
import org.fedoraproject.fmn.sender.delivered.FileDeliveredIds;
import org.fedoraproject.fmn.sender.delivered.RedisDeliveredIds;
import org.fedoraproject.fmn.sender.email.MailComposer;
import org.fedoraproject.fmn.sender.email.OutboxDirectoryDelivery;
import org.fedoraproject.fmn.sender.email.SmtpDelivery;
import org.fedoraproject.fmn.sender.email.SmtpSettings;
import org.fedoraproject.fmn.sender.email.UnsubscribeLinks;
import org.fedoraproject.fmn.unsubscribe.UnsubscribeKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.fedoraproject.fmn.bus.BusConfiguration;
import org.fedoraproject.fmn.bus.ConditionalOnBus;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The senders of this process: the email role when {@code fmn.sender.email.enabled}, and every
 * other {@link Delivery} bean present (IRC, Matrix), each reading its send queue from FMN's
 * private broker, through the bus module's connections ({@link BusConfiguration}). Without a bus
 * no sender starts, which is logged once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SenderProperties.class, EmailProperties.class})
@Import(BusConfiguration.class)
public class SenderConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SenderConfiguration.class);
    /** The data directory when {@code fmn.data-dir} is not set, as the database's. */
    private static final String DEFAULT_DATA_DIR = "data";

    @Bean
    @ConditionalOnProperty(name = "fmn.sender.email.enabled", havingValue = "true")
    Delivery emailDelivery(EmailProperties email, Environment environment, ObjectProvider<Clock> clock) {
        Path dataDir = dataDir(environment);
        byte[] key = UnsubscribeKey.load(environment.getProperty("fmn.unsubscribe.secret"),
                environment.getProperty("fmn.unsubscribe.secret-file"), dataDir);
        var links = new UnsubscribeLinks(environment.getProperty("fmn.public-url", "http://localhost:8080"), key,
                clock.getIfAvailable(Clock::systemUTC));
        var composer = new MailComposer(email.from(), Optional.of(links));
        if (email.smtpHost() == null || email.smtpHost().isBlank()) {
            Path outbox = email.outboxDir() == null || email.outboxDir().isBlank() ? dataDir.resolve("outbox") : Path.of(email.outboxDir());
            LOG.info("Email: no fmn.sender.email.smtp-host, mail is written to {}", outbox);
            return new OutboxDirectoryDelivery(outbox, composer);
        }
        var smtp = new SmtpSettings(email.smtpHost(), email.smtpPort(), email.smtpSecurity(), orEmpty(email.smtpUsername()),
                password(email), email.smtpTimeout());
        LOG.info("Email: sent through {}:{} ({})", email.smtpHost(), email.smtpPort(), email.smtpSecurity());
        return new SmtpDelivery(smtp, composer);
    }

    @Bean
    SendQueueSenders sendQueueSenders(ObjectProvider<Delivery> deliveries, SenderProperties settings, Environment environment,
            @Qualifier("sendQueueConnectionFactory") ObjectProvider<CachingConnectionFactory> sendQueueConnectionFactory,
            ObjectProvider<MeterRegistry> registry, ObjectProvider<Clock> clock) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        var list = deliveries.orderedStream().toList();
        return new SendQueueSenders(sendQueueConnectionFactory.getIfAvailable(), list, settings,
                () -> deliveredIds(settings, environment, time), registry.getIfAvailable(SimpleMeterRegistry::new), time);
    }

    @Bean
    @ConditionalOnBus
    CompositeHealthContributor sendersHealthContributor(SendQueueSenders senders) {
        Map<String, ProtocolHealth> byProtocol = new TreeMap<>();
        senders.byProtocol().forEach((protocol, sender) -> byProtocol.put(protocol.key(), new ProtocolHealth(sender)));
        return CompositeHealthContributor.fromMap(byProtocol, Function.identity());
    }

    /** In Redis when {@code fmn.cache.redis-url} is set, so every instance knows; else in a file under the data directory. */
    private static DeliveredIds deliveredIds(SenderProperties settings, Environment environment, Clock clock) {
        String redis = environment.getProperty("fmn.cache.redis-url");
        if (redis != null && !redis.isBlank()) {
            return new RedisDeliveredIds(redis, settings.rememberDelivered());
        }
        return new FileDeliveredIds(dataDir(environment).resolve("sender").resolve("delivered-ids"), settings.rememberDelivered(), clock);
    }

    private static Path dataDir(Environment environment) {
        return Path.of(environment.getProperty("fmn.data-dir", DEFAULT_DATA_DIR));
    }

    private static String password(EmailProperties email) {
        if (email.smtpPasswordFile() != null && !email.smtpPasswordFile().isBlank()) {
            try {
                return Files.readString(Path.of(email.smtpPasswordFile())).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read fmn.sender.email.smtp-password-file", e);
            }
        }
        return orEmpty(email.smtpPassword());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
