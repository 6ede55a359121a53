package org.fedoraproject.fmn.backend.provider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The key the built-in provider signs ID tokens with, kept in the data folder so that ID tokens
 * stay verifiable across restarts. Made on first start, readable by FMN's user only.
 */
final class SigningKey {

    private SigningKey() {
    }

    static JWKSource<SecurityContext> loadOrCreate(Path file) {
        try {
            RSAKey key = Files.exists(file) ? RSAKey.parse(Files.readString(file)) : create(file);
            return new ImmutableJWKSet<>(new JWKSet(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the OIDC signing key in " + file + ": " + e.getMessage(), e);
        } catch (ParseException e) {
            throw new IllegalStateException(file + " is not an RSA key in JWK form (delete it to make a new one): " + e.getMessage(), e);
        }
    }

    private static RSAKey create(Path file) throws IOException {
        RSAKey key;
        try {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make an RSA key: " + e.getMessage(), e);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.writeString(partial, key.toJSONString());
        try {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // The data folder's own permissions have to do.
        }
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return key;
    }
}
