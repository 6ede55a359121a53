package org.fedoraproject.fmn.bus.embedded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The initial configuration of the embedded Qpid broker, as Qpid's JSON tree: one user with a
 * password on one AMQP 0-9-1 port bound to loopback, and one virtual host, {@code default},
 * whose queues, exchanges and messages live in a Derby database under the broker's folder. The
 * broker's own configuration is not kept: it is rebuilt from this at every start.
 */
public final class BrokerConfig {

    /** The virtual host's name, the path of the broker's AMQP URL. */
    public static final String VIRTUAL_HOST = "default";

    private final Map<String, Object> tree = new LinkedHashMap<>();
    private final List<Object> authenticationProviders = new ArrayList<>();
    private final List<Object> ports = new ArrayList<>();
    private final List<Object> keyStores = new ArrayList<>();
    private final List<Object> trustStores = new ArrayList<>();

    /**
     * The broker's password is not part of the configuration: Qpid reads it from the context
     * variable {@code fmn.broker.password} the broker is started with.
     */
    BrokerConfig(String user, int port, String storePath) {
        tree.put("name", "fmn-embedded");
        tree.put("modelVersion", "9.0");
        authenticationProviders.add(Map.of("name", "passwords", "type", "Plain", "secureOnlyMechanisms", List.of(),
                "users", List.of(Map.of("name", user, "type", "managed", "password", "${fmn.broker.password}"))));
        ports.add(port("AMQP", port, "passwords"));
        tree.put("authenticationproviders", authenticationProviders);
        tree.put("ports", ports);
        tree.put("keystores", keyStores);
        tree.put("truststores", trustStores);
        tree.put("virtualhostnodes", List.of(Map.of(
                "name", VIRTUAL_HOST,
                "type", "DERBY",
                "storePath", storePath,
                "defaultVirtualHostNode", "true",
                "virtualHostInitialConfiguration", "{\"type\": \"ProvidedStore\"}")));
    }

    /**
     * Adds a TLS port on loopback that requires a client certificate signed by the given CA and
     * takes its common name as the user (SASL EXTERNAL), as Fedora's bus does.
     *
     * @param certificate the broker's certificate (PEM file)
     * @param key its private key (PEM, PKCS#8)
     * @param clientCa the CA certificate clients' certificates must be signed by (PEM)
     */
    public BrokerConfig withTlsPort(int port, Path certificate, Path key,
            Path clientCa) {
        keyStores.add(Map.of("name", "tls", "type", "NonJavaKeyStore",
                "certificateUrl", certificate.toUri().toString(), "privateKeyUrl", key.toUri().toString()));
        trustStores.add(Map.of("name", "clients", "type", "NonJavaTrustStore",
                "certificatesUrl", clientCa.toUri().toString()));
        authenticationProviders.add(Map.of("name", "certificates", "type", "External", "useFullDN", false));
        Map<String, Object> tls = port("AMQPS", port, "certificates");
        tls.put("transports", List.of("SSL"));
        tls.put("keyStore", "tls");
        tls.put("trustStores", List.of("clients"));
        tls.put("needClientAuth", true);
        ports.add(tls);
        return this;
    }

    private static Map<String, Object> port(String name, int port, String authentication) {
        Map<String, Object> amqp = new LinkedHashMap<>();
        amqp.put("name", name);
        amqp.put("port", port);
        amqp.put("bindingAddress", "127.0.0.1");
        amqp.put("protocols", List.of("AMQP_0_9_1"));
        amqp.put("authenticationProvider", authentication);
        amqp.put("virtualhostaliases", List.of(
                Map.of("name", "nameAlias", "type", "nameAlias"),
                Map.of("name", "defaultAlias", "type", "defaultAlias")));
        return amqp;
    }

    Map<String, Object> tree() {
        return tree;
    }
}
