package org.fedoraproject.fmn.cache.spring;

import java.lang.System.Logger.Level;
import java.time.Clock;

import org.fedoraproject.fmn.cache.ServiceCache;
import org.fedoraproject.fmn.cache.inprocess.InProcessCache;
import org.fedoraproject.fmn.cache.redis.RedisCache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shared cache of a process: in Redis when {@code fmn.cache.redis-url} is set, in process
 * otherwise, with {@link CacheProperties}. A {@link Clock} bean, where there is one, is its clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CacheProperties.class)
public class CacheConfiguration {

    private static final System.Logger LOG = System.getLogger(CacheConfiguration.class.getName());

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
}
