package org.fedoraproject.fmn.sender.matrix;

import java.lang.System.Logger.Level;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Matrix delivery, when {@code fmn.sender.matrix.homeserver} is set ({@link MatrixProperties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatrixProperties.class)
public class MatrixConfiguration {

    private static final System.Logger LOG = System.getLogger(MatrixConfiguration.class.getName());

    /** A Spring expression true when a Matrix homeserver is configured. */
    public static final String CONFIGURED = "!'${fmn.sender.matrix.homeserver:}'.isBlank()";

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(CONFIGURED)
    public MatrixDelivery matrixDelivery(MatrixProperties properties) {
        LOG.log(Level.INFO, () -> "Matrix notifications: " + properties);
        return MatrixDelivery.connect(properties);
    }
}
