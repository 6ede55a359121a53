package org.fedoraproject.fmn.bus;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * A small PKI for TLS tests, as PEM files: a CA, a broker certificate for 127.0.0.1 and
 * localhost, and client certificates, all signed by the CA.
 */
public final class TestCertificates {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    public record Issued(Path certificate, Path key) {
    }

    private final Path folder;
    private final KeyPair caKeys;
    private final X509Certificate ca;

    public TestCertificates(Path folder) {
        this.folder = folder;
        try {
            caKeys = keys();
            ca = sign(new X500Name("CN=FMN test CA"), caKeys, new X500Name("CN=FMN test CA"), caKeys.getPrivate(), true, false);
            write(folder.resolve("ca.pem"), ca);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Path caCertificate() {
        return folder.resolve("ca.pem");
    }

    /** The broker's certificate, for 127.0.0.1 and localhost, its key in PKCS#8. */
    public Issued broker() {
        return issue("broker", true, false);
    }

    /** A client certificate with this common name, its key in PKCS#8 or, {@code pkcs1}, OpenSSL's older RSA form. */
    public Issued client(String commonName, boolean pkcs1) {
        return issue(commonName, false, pkcs1);
    }

    private Issued issue(String commonName, boolean server, boolean pkcs1) {
        try {
            KeyPair keys = keys();
            X509Certificate certificate = sign(new X500Name("CN=" + commonName), keys, new X500Name("CN=FMN test CA"),
                    caKeys.getPrivate(), false, server);
            Path cert = folder.resolve(commonName + ".pem");
            Path key = folder.resolve(commonName + ".key");
            write(cert, certificate);
            if (pkcs1) {
                byte[] rsa = RSAPrivateKey.getInstance(PrivateKeyInfo.getInstance(keys.getPrivate().getEncoded()).parsePrivateKey())
                        .getEncoded();
                write(key, new PemObject("RSA PRIVATE KEY", rsa));
            } else {
                write(key, new PemObject("PRIVATE KEY", keys.getPrivate().getEncoded()));
            }
            return new Issued(cert, key);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X500Name subject, KeyPair keys, X500Name issuer, PrivateKey issuerKey, boolean ca,
            boolean server) throws Exception {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))), subject, keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (server) {
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")}));
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }

    private static void write(Path file, Object pem) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(pem instanceof PemObject object ? object : new JcaMiscPEMGenerator(pem).generate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.writeString(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
