package org.fedoraproject.fmn.bus;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.net.ssl.SSLContext;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;

/**
 * The TLS context of a connection from PEM files, as fedora-messaging takes them: the CA
 * certificates to trust, and the client's certificate and private key.
 */
public final class PemTls {

    private PemTls() {
    }

    /**
     * @throws IllegalArgumentException naming the file when one cannot be read or is no PEM
     *         certificate or key
     */
    public static SSLContext context(ConnectionSettings settings) {
        requireReadable(settings.caCert(), "ca-cert");
        requireReadable(settings.certfile(), "certfile");
        requireReadable(settings.keyfile(), "keyfile");
        PemSslStoreDetails keys = settings.certfile() == null ? null
                : PemSslStoreDetails.forCertificate(location(settings.certfile())).withPrivateKey(location(settings.keyfile()));
        PemSslStoreDetails trust = settings.caCert() == null ? null
                : PemSslStoreDetails.forCertificate(location(settings.caCert()));
        try {
            return SslBundle.of(new PemSslStoreBundle(keys, trust)).createSslContext();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot use the TLS certificates of " + settings.redactedUrl()
                    + " (ca-cert " + settings.caCert() + ", certfile " + settings.certfile() + ", keyfile "
                    + settings.keyfile() + "): " + rootMessage(e), e);
        }
    }

    private static void requireReadable(Path file, String setting) {
        if (file != null && !Files.isReadable(file)) {
            throw new IllegalArgumentException("the " + setting + " file " + file + " cannot be read");
        }
    }

    private static String location(Path file) {
        return "file:" + file.toAbsolutePath();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
