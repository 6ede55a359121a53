package org.fedoraproject.fmn.bus.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The file where a running embedded broker leaves its URL (with its password) for
 * {@code fmn replay}: created readable and writable by its owner only.
 */
public final class AddressFile {

    private AddressFile() {
    }

    static void write(Path file, URI url) {
        try {
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file); // not a POSIX file system: its own protection applies
            }
            Files.writeString(file, url + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("another embedded broker wrote " + file + " at the same time", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the embedded broker's address to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The URL of the embedded broker running with its state in {@code brokerFolder}, if one is
     * running (its address file is there).
     *
     * @throws UncheckedIOException when the file is there but cannot be read
     */
    public static Optional<URI> read(Path brokerFolder) {
        Path file = brokerFolder.resolve(EmbeddedBroker.ADDRESS_FILE);
        try {
            return Optional.of(URI.create(Files.readString(file, StandardCharsets.UTF_8).strip()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
