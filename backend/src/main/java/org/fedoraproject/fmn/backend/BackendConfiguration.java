package org.fedoraproject.fmn.backend;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The Configuration Backend's Spring configuration: its controllers and the beans they need.
 * The program imports it when it runs the {@code api} role.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class BackendConfiguration {

    /** The time rules' counts, messages and token expiry are read against; tests supply their own. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
