package org.fedoraproject.fmn.database.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The database's configuration, keys {@code fmn.database.*} (environment variables
 * {@code FMN_DATABASE_URL} and so on). Where the embedded database lives comes from
 * {@code fmn.data-dir}.
 *
 * @param url the JDBC URL of the database ({@code jdbc:postgresql://host/fmn}); empty for the
 *            embedded H2 database in {@code <fmn.data-dir>/database/fmn}
 * @param username the database user; empty for none
 * @param password the database password; empty for none. A secret: never printed
 * @param migrateOnStart whether to bring the database up to date (or adopt an FMN database) when
 *                       FMN starts; when false, FMN refuses to start on a database that is not
 *                       up to date, and {@code fmn db migrate} does it instead
 */
@ConfigurationProperties("fmn.database")
public record DatabaseProperties(String url, String username, String password, @DefaultValue("true") boolean migrateOnStart) {

    @Override
    public String toString() {
        return "DatabaseProperties[url=" + url + ", username=" + username
                + ", password=" + (password == null || password.isEmpty() ? "" : "<secret>")
                + ", migrateOnStart=" + migrateOnStart + "]";
    }
}
