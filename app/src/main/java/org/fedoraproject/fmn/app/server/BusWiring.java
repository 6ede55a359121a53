package org.fedoraproject.fmn.app.server;

import org.fedoraproject.fmn.app.server.demo.DemoStreamConfiguration;
import org.fedoraproject.fmn.bus.BusConfiguration;
import org.fedoraproject.fmn.bus.embedded.EmbeddedBrokerConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The bus of the service: the configured one ({@code fmn.bus.*}, {@code fmn.send-queue.*}), or
 * in the embedded default the embedded broker, which then also plays the demo stream.
 */
@Configuration(proxyBeanMethods = false)
@Import({EmbeddedBrokerConfiguration.class, BusConfiguration.class, DemoStreamConfiguration.class})
class BusWiring {
}
