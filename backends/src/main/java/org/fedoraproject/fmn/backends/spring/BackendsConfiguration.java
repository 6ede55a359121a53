package org.fedoraproject.fmn.backends.spring;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.fedoraproject.fmn.backends.fasjson.FasjsonDirectory;
import org.fedoraproject.fmn.backends.http.Uris;
import org.fedoraproject.fmn.backends.pagure.PagureForge;
import org.fedoraproject.fmn.backends.warmup.DistGitWarmUp;
import org.fedoraproject.fmn.cache.ServiceCache;
import org.fedoraproject.fmn.cache.services.CachingDirectory;
import org.fedoraproject.fmn.cache.services.CachingForge;
import org.fedoraproject.fmn.cache.services.CachingProjectCatalog;
import org.fedoraproject.fmn.cache.spring.CacheConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * The account system and dist-git of a deployment: a {@link FasjsonDirectory} (the
 * {@code Directory}) when {@code fmn.fasjson.url} is set, a {@link PagureForge} (the
 * {@code Forge} and {@code ProjectCatalog}) when {@code fmn.distgit.url} is set, both on
 * {@link BackendsProperties}. Without them, this configuration makes nothing. Each is read through
 * the shared cache ({@link CacheConfiguration}): the {@code Directory}, {@code Forge} and
 * {@code ProjectCatalog} that the rest of the program is given ({@code @Primary}) are a
 * {@link CachingDirectory}, {@link CachingForge} and {@link CachingProjectCatalog} in front of
 * the clients.
 *
 * <p>The program imports it ahead of its embedded defaults, which then see these beans and
 * make none of their own; it is no auto-configuration, since those run after the program's
 * own configuration, too late for that.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BackendsProperties.class)
@Import({CacheConfiguration.class, BackendsConfiguration.Metrics.class})
public class BackendsConfiguration {

    private static final System.Logger LOG = System.getLogger(BackendsConfiguration.class.getName());

    /** FASJSON's URL, e.g. {@code https://fasjson.fedoraproject.org}. */
    public static final String FASJSON_URL = "fmn.fasjson.url";

    /** Dist-git's (Pagure's) URL, e.g. {@code https://src.fedoraproject.org}. */
    public static final String DISTGIT_URL = "fmn.distgit.url";

    @Bean(destroyMethod = "close")
    @Conditional(ServiceConfigured.Fasjson.class)
    public FasjsonDirectory fasjsonDirectory(Environment environment, BackendsProperties properties) {
        URI url = Uris.serviceUrl(FASJSON_URL, environment.getProperty(FASJSON_URL));
        FasjsonDirectory directory = FasjsonDirectory.connect(url, properties.settings());
        LOG.log(Level.INFO, () -> "Account system: FASJSON at " + directory.api());
        return directory;
    }

    @Bean(destroyMethod = "close")
    @Conditional(ServiceConfigured.Distgit.class)
    public PagureForge pagureForge(Environment environment, BackendsProperties properties) {
        URI url = Uris.serviceUrl(DISTGIT_URL, environment.getProperty(DISTGIT_URL));
        PagureForge forge = PagureForge.connect(url, properties.settings());
        LOG.log(Level.INFO, () -> "Dist-git: Pagure at " + forge.api());
        return forge;
    }

    @Bean
    @Primary
    @Conditional(ServiceConfigured.Fasjson.class)
    public CachingDirectory cachingDirectory(FasjsonDirectory fasjson, ServiceCache cache, ObjectProvider<Clock> clock) {
        return new CachingDirectory(fasjson, cache, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @Primary
    @Conditional(ServiceConfigured.Distgit.class)
    public CachingForge cachingForge(PagureForge pagure, ServiceCache cache, ObjectProvider<Clock> clock) {
        return new CachingForge(pagure, cache, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @Primary
    @Conditional(ServiceConfigured.Distgit.class)
    public CachingProjectCatalog cachingProjectCatalog(PagureForge pagure, ServiceCache cache, ObjectProvider<Clock> clock) {
        return new CachingProjectCatalog(pagure, cache, clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * With {@code fmn.backends.warm-up=true}, a warm-up of the shared cache from dist-git's
     * published ownership, started in the background once the program is ready.
     */
    @Bean
    @Conditional(ServiceConfigured.Distgit.class)
    @ConditionalOnProperty(name = "fmn.backends.warm-up", havingValue = "true")
    WarmUpOnStart warmUpOnStart(PagureForge pagure, CachingForge forge, BackendsProperties properties,
            ObjectProvider<Clock> clock) {
        return new WarmUpOnStart(new DistGitWarmUp(pagure.ownership(), forge, properties.warmUpTypes(),
                clock.getIfAvailable(Clock::systemUTC), System.getLogger(DistGitWarmUp.class.getName())));
    }

    /** The clients' meters, where Micrometer is there: a program with a registry binds them. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
    static class Metrics {

        @Bean
        BackendsMetrics backendsMetrics(ObjectProvider<FasjsonDirectory> fasjson, ObjectProvider<PagureForge> pagure) {
            List<org.fedoraproject.fmn.backends.http.ServiceClient> clients = new ArrayList<>();
            fasjson.ifAvailable(directory -> clients.add(directory.client()));
            pagure.ifAvailable(forge -> clients.add(forge.client()));
            return new BackendsMetrics(clients);
        }
    }
}
