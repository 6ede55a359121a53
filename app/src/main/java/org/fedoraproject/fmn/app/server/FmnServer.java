package org.fedoraproject.fmn.app.server;

import org.fedoraproject.fmn.backend.BackendConfiguration;
import org.fedoraproject.fmn.backends.spring.BackendsConfiguration;
import org.fedoraproject.fmn.consumer.spring.ConsumerConfiguration;
import org.fedoraproject.fmn.sender.chatlog.ChatLogConfiguration;
import org.fedoraproject.fmn.sender.irc.IrcConfiguration;
import org.fedoraproject.fmn.sender.matrix.MatrixConfiguration;
import org.fedoraproject.fmn.sender.spring.SenderConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * FMN as a service: the Spring application {@code fmn serve} runs. Each component brings its own
 * configuration; this class chooses which run and supplies the embedded defaults they share
 * (the account system and dist-git read from the demo files). FASJSON and Pagure, when
 * configured, come first, so that the embedded defaults see them and stand aside.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({BackendsConfiguration.class, DemoWorldConfiguration.class, BackendConfiguration.class, BusWiring.class,
        ConsumerConfiguration.class,
        IrcConfiguration.class, MatrixConfiguration.class, ChatLogConfiguration.class, SenderConfiguration.class,
        ServerBanner.class})
public class FmnServer {
}
