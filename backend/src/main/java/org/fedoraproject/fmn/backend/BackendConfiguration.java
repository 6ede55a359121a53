package org.fedoraproject.fmn.backend;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The Configuration Backend's Spring configuration: its controllers and the beans they need.
 * The program imports it when it runs the {@code api} role. Its {@code Clock} comes with the
 * database's configuration, so rules' counts, messages and token expiry read one time.
 */
@Configuration(proxyBeanMethods = false)
// TypeExcludeFilter lets Spring Boot's tests keep their own configurations out of the scan.
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
public class BackendConfiguration {
}
