package org.fedoraproject.fmn.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.fedoraproject.fmn.database.Database;
import org.fedoraproject.fmn.database.DatabaseSettings;
import org.fedoraproject.fmn.database.migration.MigrationStatus;
import org.fedoraproject.fmn.database.migration.PendingMigration;
import org.fedoraproject.fmn.database.migration.RefusedDatabaseException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fmn db status} and {@code fmn db migrate}: where FMN's database stands, and bringing
 * it up to date (or adopting a database FMN created), without starting FMN.
 */
@Command(name = "db",
        mixinStandardHelpOptions = true,
        description = {"Shows and migrates FMN's database.",
                "",
                "Without --url, the embedded database in <data-dir>/database/fmn.mv.db."},
        subcommands = {DbCommand.Status.class, DbCommand.Migrate.class})
public final class DbCommand {

    /** Exit status: the database is up to date, or was migrated. */
    static final int DONE = 0;
    /** Exit status of {@code status}: {@code migrate} has something to do. */
    static final int PENDING = 1;
    /** Exit status: the database is refused, or cannot be reached. */
    static final int REFUSED = 2;

    /** Which database: the same keys as the services' {@code fmn.database.*}, also from the environment. */
    static final class DatabaseOptions {

        @Option(names = "--url", paramLabel = "JDBC-URL", defaultValue = "${env:FMN_DATABASE_URL}",
                description = "the database, e.g. jdbc:postgresql://db.example.org/fmn "
                        + "(default: $FMN_DATABASE_URL, else the embedded database)")
        String url;

        @Option(names = "--username", paramLabel = "USER", defaultValue = "${env:FMN_DATABASE_USERNAME}",
                description = "the database user (default: $FMN_DATABASE_USERNAME)")
        String username;

        @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "${env:FMN_DATABASE_PASSWORD}",
                description = "the database password (default: $FMN_DATABASE_PASSWORD, which keeps it out of "
                        + "the process list)")
        String password;

        @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:FMN_DATA_DIR:-data}",
                description = "FMN's data directory, home of the embedded database (default: $FMN_DATA_DIR, else data)")
        Path dataDir;

        DatabaseSettings settings() {
            return new DatabaseSettings(url, username, password, dataDir);
        }

        /** The database as a person knows it: the embedded file, or the URL. */
        String describe() {
            DatabaseSettings settings = settings();
            return settings.isEmbedded() ? "embedded, " + Database.embeddedFile(dataDir).toAbsolutePath() : settings.jdbcUrl();
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"Shows where the database stands: its schema version, the migrations",
                    "pending, and whether it is an FMN database still to be adopted.",
                    "Changes nothing. Exit status 0 when up to date, 1 when migrate has",
                    "something to do, 2 when the database is refused or unreachable."})
    static final class Status implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.println("database:  " + database.describe());
            DatabaseSettings settings = database.settings();
            if (settings.isEmbedded() && !Files.exists(Database.embeddedFile(settings.dataDir()))) {
                out.println("state:     does not exist yet (fmn db migrate, or starting FMN, creates it)");
                out.flush();
                return PENDING;
            }
            try (Database opened = Database.open(settings, Clock.systemUTC())) {
                MigrationStatus status = opened.migrations().status();
                print(out, status);
                out.flush();
                if (status.upToDate()) {
                    return DONE;
                }
                return status.state().migratable() ? PENDING : REFUSED;
            } catch (RuntimeException e) {
                return unreachable(spec, "status", e);
            }
        }
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = {"Brings the database up to date: creates FMN's tables in an empty",
                    "database, adopts a database FMN created (every row kept), applies",
                    "pending migrations. Refuses, untouched, a database holding other tables.",
                    "Exit status 0 when the database is up to date, 2 when refused."})
    static final class Migrate implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.println("database:  " + database.describe());
            try (Database opened = Database.open(database.settings(), Clock.systemUTC())) {
                MigrationStatus before = opened.migrations().status();
                if (before.unadoptedFmnDatabase()) {
                    out.println("adopting:  an FMN database at alembic revision " + before.alembicRevision()
                            + "; its rows stay as they are");
                }
                for (PendingMigration migration : before.pending()) {
                    out.println("applying:  " + migration.version() + " " + migration.description());
                }
                MigrationStatus after = opened.migrations().migrate();
                print(out, after);
                out.flush();
                return DONE;
            } catch (RefusedDatabaseException e) {
                out.flush();
                spec.commandLine().getErr().println("fmn db migrate: refused: " + e.getMessage());
                return REFUSED;
            } catch (RuntimeException e) {
                return unreachable(spec, "migrate", e);
            }
        }
    }

    private static void print(PrintWriter out, MigrationStatus status) {
        out.println("state:     " + status.state().description());
        if (status.problem() != null) {
            out.println("problem:   " + status.problem());
        }
        out.println("version:   " + (status.currentVersion() == null ? "none" : status.currentVersion()));
        if (status.alembicRevision() != null) {
            out.println("FMN:       alembic revision " + status.alembicRevision());
        }
        if (status.pending().isEmpty()) {
            out.println("pending:   none");
        }
        for (PendingMigration migration : status.pending()) {
            out.println("pending:   " + migration.version() + " " + migration.description());
        }
    }

    private static int unreachable(CommandSpec spec, String command, RuntimeException e) {
        spec.commandLine().getOut().flush();
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String detail = cause == e ? e.getMessage() : e.getMessage() + " (" + cause.getMessage() + ")";
        spec.commandLine().getErr().println("fmn db " + command + ": " + detail);
        return REFUSED;
    }
}
