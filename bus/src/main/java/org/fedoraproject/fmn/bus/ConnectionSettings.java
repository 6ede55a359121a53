package org.fedoraproject.fmn.bus;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to reach one AMQP broker, as fedora-messaging's configuration says it: an {@code amqp://}
 * or {@code amqps://} URL with credentials and virtual host, and for TLS the CA certificate that
 * signed the broker's, and the client's certificate and key (PEM files: fedora-messaging's
 * {@code ca_cert}, {@code certfile}, {@code keyfile}).
 *
 * @param url the broker, with user, password and virtual host ({@code %2F} for {@code /})
 * @param caCert the CA certificates to trust (PEM); none: the JVM's default trust store
 * @param certfile the client certificate (PEM), presented when the broker asks for one
 * @param keyfile the client certificate's private key (PEM, PKCS#8 or PKCS#1)
 * @param connectionName the name the broker shows for the connection
 * @param heartbeat how often each side says it is alive; zero turns heartbeats off
 */
public record ConnectionSettings(URI url, Path caCert, Path certfile, Path keyfile, String connectionName,
        Duration heartbeat) {

    /** The heartbeat fedora-messaging uses (pika's default): 60 seconds. */
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(60);

    public ConnectionSettings {
        if (url == null) {
            throw new IllegalArgumentException("no AMQP URL");
        }
        String scheme = url.getScheme();
        if (!"amqp".equals(scheme) && !"amqps".equals(scheme)) {
            throw new IllegalArgumentException("not an amqp:// or amqps:// URL: " + redacted(url));
        }
        if ((certfile == null) != (keyfile == null)) {
            throw new IllegalArgumentException("a client certificate needs both its certfile and its keyfile");
        }
        if (heartbeat == null) {
            heartbeat = DEFAULT_HEARTBEAT;
        }
    }

    /** Settings for a plain URL, with the default heartbeat. */
    public static ConnectionSettings of(URI url, String connectionName) {
        return new ConnectionSettings(url, null, null, null, connectionName, null);
    }

    /** Whether the connection is TLS: an {@code amqps} URL. */
    public boolean tls() {
        return "amqps".equals(url.getScheme());
    }

    /** Whether the client presents a certificate (and authenticates with it: SASL EXTERNAL). */
    public boolean clientCertificate() {
        return certfile != null;
    }

    /** The same settings under another connection name. */
    public ConnectionSettings named(String name) {
        return new ConnectionSettings(url, caCert, certfile, keyfile, name, heartbeat);
    }

    /** The URL as logs and messages show it: without its password. */
    public String redactedUrl() {
        return redacted(url);
    }

    static String redacted(URI url) {
        String user = url.getRawUserInfo();
        if (user == null) {
            return url.toString();
        }
        int colon = user.indexOf(':');
        String shown = colon < 0 ? user : user.substring(0, colon) + ":***";
        return url.toString().replace(user + "@", shown + "@");
    }

    @Override
    public String toString() {
        return "ConnectionSettings[" + redactedUrl() + (clientCertificate() ? ", client certificate " + certfile : "") + "]";
    }
}
