package org.fedoraproject.fmn.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.fedoraproject.fmn.app.Fmn;
import org.fedoraproject.fmn.database.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import picocli.CommandLine;

/** {@code fmn db status} and {@code fmn db migrate} on the embedded database in a temporary data directory. */
class DbCommandTest {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int fmn(String... args) {
        CommandLine commandLine = Fmn.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void statusOfANewDataDirectorySaysTheDatabaseDoesNotExistYetAndCreatesNothing() {
        int status = fmn("db", "status", "--data-dir", dataDir.toString());

        assertThat(status).isEqualTo(DbCommand.PENDING);
        assertThat(out.toString()).contains("database:  embedded, " + dataDir.resolve("database/fmn.mv.db"))
                .contains("does not exist yet");
        assertThat(dataDir.resolve("database")).doesNotExist();
    }

    @Test
    void migrateCreatesTheEmbeddedDatabaseAndStatusThenFindsItUpToDate() {
        int migrated = fmn("db", "migrate", "--data-dir", dataDir.toString());

        assertThat(migrated).isEqualTo(DbCommand.DONE);
        assertThat(out.toString()).contains("applying:  1 fmn schema").contains("applying:  3 outbox")
                .contains("state:     managed by this FMN").contains("version:   3");
        assertThat(dataDir.resolve("database/fmn.mv.db")).isRegularFile();

        out.getBuffer().setLength(0);
        int status = fmn("db", "status", "--data-dir", dataDir.toString());

        assertThat(status).isEqualTo(DbCommand.DONE);
        assertThat(out.toString()).contains("version:   3").contains("pending:   none");
    }

    @Test
    void anFmnDatabaseIsShownAsUnadoptedThenAdopted() throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.resolve("fmn-made/fmn");
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            // FMN's schema is migration 1's, word for word; FMN stamps its alembic revision.
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/V1__fmn_schema.sql"));
            statement.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
            statement.execute("INSERT INTO alembic_version VALUES ('85ea1d6c9a3f')");
            statement.execute("INSERT INTO users (name) VALUES ('alice')");
        }

        assertThat(fmn("db", "status", "--url", url)).isEqualTo(DbCommand.PENDING);
        assertThat(out.toString()).contains("an FMN database, not adopted yet")
                .contains("FMN:       alembic revision 85ea1d6c9a3f")
                .contains("pending:   2 foreign key indexes")
                .doesNotContain("pending:   1");

        out.getBuffer().setLength(0);
        assertThat(fmn("db", "migrate", "--url", url)).isEqualTo(DbCommand.DONE);
        assertThat(out.toString()).contains("adopting:  an FMN database at alembic revision 85ea1d6c9a3f")
                .contains("version:   3");
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            var users = statement.executeQuery("SELECT name FROM users");
            assertThat(users.next()).isTrue();
            assertThat(users.getString(1)).isEqualTo("alice");
        }
    }

    @Test
    void aDatabaseWithOtherTablesIsRefusedUntouched() throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.resolve("other/app");
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE invoices (id INTEGER)");
        }

        assertThat(fmn("db", "status", "--url", url)).isEqualTo(DbCommand.REFUSED);
        assertThat(out.toString()).contains("problem:   the database holds tables that are not FMN's: invoices");
        assertThat(fmn("db", "migrate", "--url", url)).isEqualTo(DbCommand.REFUSED);
        assertThat(err.toString()).contains("fmn db migrate: refused: the database holds tables that are not FMN's: invoices");
    }

    @Test
    void anUnreachableDatabaseIsReportedNotThrown() {
        int status = fmn("db", "status", "--url", "jdbc:postgresql://127.0.0.1:1/fmn");

        assertThat(status).isEqualTo(DbCommand.REFUSED);
        assertThat(err.toString()).startsWith("fmn db status: ");
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(new DatabaseSettings(url, null, null, Path.of("unused")).jdbcUrl());
    }
}
