package org.fedoraproject.fmn.backend;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The Configuration Backend's Spring configuration: its controllers and the beans they need.
 * The program imports it when it runs the {@code api} role.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class BackendConfiguration {
}
