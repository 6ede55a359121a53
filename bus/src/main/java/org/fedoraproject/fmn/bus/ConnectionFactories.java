package org.fedoraproject.fmn.bus;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;

import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultSaslConfig;

/** Spring AMQP connection factories from {@link ConnectionSettings}. */
public final class ConnectionFactories {

    private ConnectionFactories() {
    }

    /**
     * A caching connection factory for the settings: with TLS for an {@code amqps} URL (the
     * broker's certificate checked against the CA and the host name), and authentication by the
     * client certificate (SASL EXTERNAL, as fedora-messaging does) when one is configured.
     *
     * @param confirms whether publishers on it wait for the broker's confirms (and get
     *        unroutable mandatory messages returned)
     */
    public static CachingConnectionFactory create(ConnectionSettings settings, boolean confirms) {
        ConnectionFactory rabbit = new ConnectionFactory();
        try {
            rabbit.setUri(settings.url());
        } catch (Exception e) {
            throw new IllegalArgumentException("unusable AMQP URL " + settings.redactedUrl() + ": " + e.getMessage(), e);
        }
        if (settings.tls()) {
            rabbit.useSslProtocol(PemTls.context(settings));
            rabbit.enableHostnameVerification();
            if (settings.clientCertificate()) {
                rabbit.setSaslConfig(DefaultSaslConfig.EXTERNAL);
            }
        } else if (settings.clientCertificate() || settings.caCert() != null) {
            throw new IllegalArgumentException("certificates are configured for " + settings.redactedUrl()
                    + ", which is not amqps://: use amqps:// for TLS");
        }
        rabbit.setRequestedHeartbeat((int) settings.heartbeat().toSeconds());
        rabbit.setAutomaticRecoveryEnabled(false); // Spring AMQP recovers connections itself
        CachingConnectionFactory factory = new CachingConnectionFactory(rabbit);
        if (settings.connectionName() != null) {
            String name = settings.connectionName();
            factory.setConnectionNameStrategy(f -> name);
        }
        if (confirms) {
            factory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
            factory.setPublisherReturns(true);
        }
        return factory;
    }
}
