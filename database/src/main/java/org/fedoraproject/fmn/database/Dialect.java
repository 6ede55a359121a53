package org.fedoraproject.fmn.database;

import java.sql.DatabaseMetaData;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The one place where FMN's SQL differs between PostgreSQL and H2: handing a JSON text to a
 * {@code JSON} column. PostgreSQL parses a cast text; H2 would store a cast text as a JSON
 * string, and parses it only when told the text is JSON ({@code FORMAT JSON}).
 */
public enum Dialect {
    POSTGRESQL,
    H2;

    /** The database behind {@code dataSource}, asked once. */
    public static Dialect of(DataSource dataSource) {
        String product;
        try {
            product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
        String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.equals("h2")) {
            return H2;
        }
        throw new IllegalStateException("FMN runs on PostgreSQL or H2, not on " + product);
    }

    /** The SQL for the named parameter {@code :name}, a JSON text, as a value of a JSON column. */
    public String json(String name) {
        return switch (this) {
            case POSTGRESQL -> "CAST(:" + name + " AS JSON)";
            case H2 -> ":" + name + " FORMAT JSON";
        };
    }
}
