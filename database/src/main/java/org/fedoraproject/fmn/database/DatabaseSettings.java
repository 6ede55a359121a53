package org.fedoraproject.fmn.database;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Which database FMN uses: a JDBC URL with its credentials, or, when there is no URL, the
 * embedded H2 database in the file {@code <dataDir>/database/fmn} (H2 adds {@code .mv.db}).
 *
 * <p>H2 runs in PostgreSQL mode with lower-case identifiers, which FMN's SQL relies on; an H2
 * URL given without those settings gets them added.
 *
 * @param url a {@code jdbc:postgresql:} or {@code jdbc:h2:} URL, or {@code null}/blank for the
 *            embedded database
 * @param username the database user, or {@code null}
 * @param password the database password, or {@code null}; never printed
 * @param dataDir FMN's data directory, where the embedded database lives
 */
public record DatabaseSettings(String url, String username, String password, Path dataDir) {

    /** Where the embedded database lives below the data directory (H2 adds {@code .mv.db}). */
    public static final String EMBEDDED_FILE = "database/fmn";

    /** The H2 settings FMN's SQL relies on: PostgreSQL's syntax, lower-case identifiers, nulls last. */
    static final String[] H2_SETTINGS = {"MODE=PostgreSQL", "DATABASE_TO_LOWER=TRUE", "DEFAULT_NULL_ORDERING=HIGH"};

    /** The embedded database below {@code dataDir}. */
    public static DatabaseSettings embedded(Path dataDir) {
        return new DatabaseSettings(null, null, null, dataDir);
    }

    /** Whether this is the embedded database (no URL given). */
    public boolean isEmbedded() {
        return url == null || url.isBlank();
    }

    /** The JDBC URL to connect to. */
    public String jdbcUrl() {
        if (isEmbedded()) {
            Path file = dataDir.resolve(EMBEDDED_FILE).toAbsolutePath();
            return withH2Settings("jdbc:h2:file:" + file);
        }
        String trimmed = url.trim();
        return trimmed.startsWith("jdbc:h2:") ? withH2Settings(trimmed) : trimmed;
    }

    private static String withH2Settings(String h2Url) {
        StringBuilder out = new StringBuilder(h2Url);
        String upper = h2Url.toUpperCase(Locale.ROOT);
        for (String setting : H2_SETTINGS) {
            String key = setting.substring(0, setting.indexOf('=') + 1).toUpperCase(Locale.ROOT);
            if (!upper.contains(";" + key)) {
                out.append(';').append(setting);
            }
        }
        return out.toString();
    }

    /** The URL, user and data directory; the password shows as {@code <secret>}. */
    @Override
    public String toString() {
        return "DatabaseSettings[url=" + jdbcUrl() + ", username=" + username
                + ", password=" + (password == null ? null : "<secret>") + ", dataDir=" + dataDir + "]";
    }
}
