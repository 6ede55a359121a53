package org.fedoraproject.fmn.unsubscribe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Where the key that signs unsubscribe links comes from: the configured secret, the file it is
 * in, or, in the embedded default, a random key made once and kept under the data directory,
 * so that the links of mails sent before a restart still work after it.
 */
public final class UnsubscribeKey {

    /** The key's file under the data directory in the embedded default. */
    public static final String GENERATED_FILE = "unsubscribe.key";

    private UnsubscribeKey() {
    }

    /**
     * The key: {@code secret} when not blank, else the content of {@code secretFile} when set,
     * else the one under {@code dataDir}, made now if there is none yet.
     */
    public static byte[] load(String secret, String secretFile, Path dataDir) {
        if (secret != null && !secret.isBlank()) {
            return secret.strip().getBytes(StandardCharsets.UTF_8);
        }
        try {
            if (secretFile != null && !secretFile.isBlank()) {
                String read = Files.readString(Path.of(secretFile)).strip();
                if (read.isEmpty()) {
                    throw new IllegalStateException("the unsubscribe secret file " + secretFile + " is empty");
                }
                return read.getBytes(StandardCharsets.UTF_8);
            }
            return generated(dataDir.resolve(GENERATED_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key of unsubscribe links", e);
        }
    }

    private static byte[] generated(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), GENERATED_FILE, ".tmp");
            try {
                restrictToOwner(temporary);
                Files.writeString(temporary, Base64.getEncoder().encodeToString(random) + "\n");
                // A hard link appears whole or not at all and never replaces a file: two processes
                // starting at once (API and sender) both keep the key that came first.
                Files.createLink(file, temporary);
            } catch (FileAlreadyExistsException e) {
                // The other process made it first.
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
        return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: its default permissions apply.
        }
    }
}
