package org.fedoraproject.fmn.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Assumptions;

/**
 * Fresh databases on the real PostgreSQL server, one per call, dropped on {@link #close()}.
 * The server is {@code 127.0.0.1:5432} as user {@code postgres} unless the system properties
 * {@code fmn.test.postgres.host}, {@code .port}, {@code .user} and {@code .password} say
 * otherwise; when it cannot be reached, the tests asking for it are skipped, saying why.
 */
public final class PostgresDatabases implements AutoCloseable {

    private final String host = System.getProperty("fmn.test.postgres.host", "127.0.0.1");
    private final String port = System.getProperty("fmn.test.postgres.port", "5432");
    private final String user = System.getProperty("fmn.test.postgres.user", "postgres");
    private final String password = System.getProperty("fmn.test.postgres.password", "");
    private final List<String> created = new ArrayList<>();

    private PostgresDatabases() {
    }

    /** The server, or the calling tests skipped when it cannot be reached. */
    public static PostgresDatabases reachableOrSkip() {
        PostgresDatabases server = new PostgresDatabases();
        try (Connection connection = server.admin()) {
            connection.isValid(3);
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL is not reachable at " + server.host + ":" + server.port + " as "
                    + server.user + " (" + e.getMessage() + "): the PostgreSQL tests are skipped");
        }
        return server;
    }

    /** A new empty database, {@code fmn_test_<random>}. */
    public DatabaseSettings create() {
        String name = "fmn_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
        created.add(name);
        return new DatabaseSettings("jdbc:postgresql://" + host + ":" + port + "/" + name, user, password, Path.of("unused"));
    }

    /** Drops every database this created (its connections are closed first by the server). */
    @Override
    public void close() {
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            for (String name : created) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the test databases " + created, e);
        }
        created.clear();
    }

    private Connection admin() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("loginTimeout", "3");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", properties);
    }
}
