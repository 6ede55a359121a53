package org.fedoraproject.fmn.sender.irc;

import java.lang.System.Logger.Level;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The IRC delivery, when {@code fmn.sender.irc.server} is set ({@link IrcProperties}). It
 * connects on its first notification, not at start, so that an instance standing by on the
 * queue does not contend for the nick; it quits when the program stops.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IrcProperties.class)
public class IrcConfiguration {

    private static final System.Logger LOG = System.getLogger(IrcConfiguration.class.getName());

    /** A Spring expression true when an IRC server is configured. */
    public static final String CONFIGURED = "!'${fmn.sender.irc.server:}'.isBlank()";

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(CONFIGURED)
    public IrcDelivery ircDelivery(IrcProperties properties) {
        LOG.log(Level.INFO, () -> "IRC notifications: " + properties);
        return IrcDelivery.connect(properties);
    }
}
