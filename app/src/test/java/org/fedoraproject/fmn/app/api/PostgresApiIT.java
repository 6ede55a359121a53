package org.fedoraproject.fmn.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.fedoraproject.fmn.app.api.RunningFmn.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * The API's rules on the real PostgreSQL, in a database created for this run and dropped after
 * it: {@code 127.0.0.1:5432} as {@code postgres} unless {@code -Dfmn.test.postgres.host},
 * {@code .port}, {@code .user}, {@code .password} say otherwise (as for the database module's
 * tests); skipped, saying why, when no server answers.
 */
class PostgresApiIT {

    static final String HOST = System.getProperty("fmn.test.postgres.host", "127.0.0.1");
    static final String PORT = System.getProperty("fmn.test.postgres.port", "5432");
    static final String USER = System.getProperty("fmn.test.postgres.user", "postgres");
    static final String PASSWORD = System.getProperty("fmn.test.postgres.password", "");

    @TempDir
    static Path dataDir;

    static String database;
    static RunningFmn fmn;

    @BeforeAll
    static void start() {
        try (Connection server = server(); Statement statement = server.createStatement()) {
            database = "fmn_api_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL is not reachable at " + HOST + ":" + PORT + " as " + USER + " (" + e.getMessage()
                    + "): the API's PostgreSQL test is skipped");
        }
        fmn = RunningFmn.start(dataDir,
                "--fmn.database.url=jdbc:postgresql://" + HOST + ":" + PORT + "/" + database,
                "--fmn.database.username=" + USER,
                "--fmn.database.password=" + PASSWORD);
    }

    @AfterAll
    static void stop() throws SQLException {
        if (fmn != null) {
            fmn.close();
        }
        if (database != null) {
            try (Connection server = server(); Statement statement = server.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    @Test
    void rulesAreCreatedListedReplacedAndDeletedOnPostgresql() {
        Caller mira = fmn.as("mira");

        JsonNode first = mira.post("users/mira/rules", RuleBodies.packages("On PostgreSQL", "mira", "mira@example.org")).json(200);
        long id = first.path("id").asLong();
        JsonNode replaced = mira.put("users/mira/rules/" + id,
                RuleBodies.packages("On PostgreSQL, by Matrix", "mira", "matrix", "@mira:fedora.im")).json(200);

        assertThat(mira.get("users/mira/rules").json(200)).containsExactly(replaced);
        assertThat(mira.get("users/mira/rules/" + id).json(200)).isEqualTo(replaced);
        assertThat(fmn.as("vera").get("admin/rules?username=mira").json(200)).containsExactly(replaced);
        assertThat(mira.delete("users/mira/rules/" + id).body()).isEqualTo("null");
        assertThat(mira.get("users/mira/rules").json(200)).isEmpty();
        assertThat(mira.get("users/mira/rules/" + id).status()).isEqualTo(404);
    }

    @Test
    void fmnIsReadyOnPostgresql() {
        assertThat(fmn.anonymous().get("healthz/ready").json(200).toString()).isEqualTo("{\"detail\":\"OK\"}");
    }

    private static Connection server() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("loginTimeout", "3");
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", properties);
    }
}
