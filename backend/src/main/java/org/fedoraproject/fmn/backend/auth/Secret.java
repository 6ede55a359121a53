package org.fedoraproject.fmn.backend.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A configured secret (a client secret, a password). It never shows itself: {@link #toString()}
 * is {@code <secret>}, so configuration dumps, logs and error messages cannot leak it. Spring
 * binds a property to it through {@link #of(String)}.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The secret kept in a file (a mounted container or systemd secret); surrounding whitespace, such as the final newline, is not part of it. */
    public static Secret readFrom(Path file) {
        try {
            return new Secret(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the secret in " + file + ": " + e.getMessage(), e);
        }
    }

    /** The secret itself, for the one place that sends it. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "<secret>";
    }
}
