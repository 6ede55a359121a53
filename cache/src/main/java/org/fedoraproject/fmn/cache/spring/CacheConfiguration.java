package org.fedoraproject.fmn.cache.spring;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;

import org.fedoraproject.fmn.cache.ServiceCache;
import org.fedoraproject.fmn.cache.inprocess.InProcessCache;
import org.fedoraproject.fmn.cache.invalidation.BusInvalidation;
import org.fedoraproject.fmn.cache.invalidation.CacheInvalidation;
import org.fedoraproject.fmn.cache.redis.RedisCache;
import org.fedoraproject.fmn.cache.metrics.CacheMetrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The shared cache of a process: in Redis when {@code fmn.cache.redis-url} is set, in process
 * otherwise, with {@link CacheProperties}. A {@link Clock} bean, where there is one, is its clock.
 * Beside it, the {@link CacheInvalidation} the Message Consumer hands every bus message to.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CacheProperties.class)
@Import(CacheConfiguration.Metrics.class)
public class CacheConfiguration {

    private static final System.Logger LOG = System.getLogger(CacheConfiguration.class.getName());

    /** Dist-git's URL; Pagure messages about projects elsewhere drop nothing. */
    static final String DISTGIT_URL = "fmn.distgit.url";

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public ServiceCache serviceCache(CacheProperties properties, ObjectProvider<Clock> clock) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        if (properties.usesRedis()) {
            RedisCache cache = new RedisCache(properties.redis(), properties.policy(), time,
                    System.getLogger(RedisCache.class.getName()));
            LOG.log(Level.INFO, () -> "Shared cache: Redis at " + properties.redis().safeUrl() + ", keys under "
                    + properties.keyPrefix() + ":");
            return cache;
        }
        LOG.log(Level.DEBUG, "Shared cache: in process");
        return new InProcessCache(properties.policy(), time, properties.maxEntries());
    }

    /**
     * Drops what bus messages make stale from this process's cache (and, through it, every
     * process's): Pagure messages about projects of {@code fmn.distgit.url}, and account and
     * membership changes. Without dist-git configured, only the latter: the file-backed forge of
     * the embedded default keeps nothing in the cache.
     */
    @Bean
    @ConditionalOnMissingBean
    public CacheInvalidation cacheInvalidation(ServiceCache cache, Environment environment) {
        String distgit = environment.getProperty(DISTGIT_URL);
        if (distgit == null || distgit.isBlank()) {
            LOG.log(Level.DEBUG, "Invalidation from the bus: accounts and groups only (" + DISTGIT_URL + " is not set)");
            return BusInvalidation.accountsOnly(cache);
        }
        return new BusInvalidation(cache, URI.create(distgit.strip()));
    }

    /** The cache's meters, where Micrometer is there: a program with a registry binds them. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
    static class Metrics {

        @Bean
        CacheMetrics cacheMetrics(ServiceCache cache) {
            return new CacheMetrics(cache);
        }
    }
}
