package org.fedoraproject.fmn.database.migration;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The database's schema: where it stands and bringing it up to date, with Flyway and the
 * migrations in {@code db/migration}. Version 1 is FMN's own schema, so a database FMN created
 * is adopted by recording version 1 as its baseline (nothing is rewritten, every row stays) and
 * applying only the later migrations. FMN's {@code alembic_version} table is left as it is,
 * which lets FMN itself keep using the database.
 *
 * <p>A database is only migrated when it is empty, already managed by these migrations, or an
 * FMN database at FMN's last revision; anything else is refused untouched.
 */
public final class DatabaseMigrations {

    /** FMN's last schema revision, the one version 1 reproduces. */
    public static final String FMN_ALEMBIC_HEAD = "85ea1d6c9a3f";
    /** The version of the migration that creates FMN's schema: an adopted database's baseline. */
    public static final String FMN_SCHEMA_VERSION = "1";

    /** FMN's earlier revisions, oldest first. */
    static final List<String> FMN_OLDER_REVISIONS = List.of("7b47f8356d9f", "a6c12ef04ee5", "59e22969e199");
    static final Set<String> FMN_TABLES =
            Set.of("users", "rules", "tracking_rules", "generation_rules", "destinations", "filters", "generated");

    private final DataSource dataSource;
    private final FluentConfiguration configuration;

    public DatabaseMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
        this.configuration = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .baselineVersion(FMN_SCHEMA_VERSION)
                // No apostrophe in it: Flyway then silently records no baseline at all.
                .baselineDescription("FMN schema at alembic " + FMN_ALEMBIC_HEAD + ", adopted");
    }

    // A Flyway per use: one that has looked at a database keeps what it saw (no history table,
    // say), and would act on it after the baseline changed it.
    private Flyway flyway() {
        return configuration.load();
    }

    /** Where the database stands; changes nothing. */
    public MigrationStatus status() {
        DatabaseContents contents = DatabaseContents.of(dataSource);
        Set<String> tables = contents.tables();
        if (tables.contains(DatabaseContents.FLYWAY_HISTORY)) {
            MigrationInfoService info = flyway().info();
            MigrationInfo current = info.current();
            return new MigrationStatus(DatabaseState.MANAGED, current == null ? null : current.getVersion().getVersion(),
                    pending(info.pending()), alembicRevision(contents), null);
        }
        if (tables.isEmpty()) {
            return new MigrationStatus(DatabaseState.EMPTY, null, pending(flyway().info().pending()), null, null);
        }
        return fmnOrForeign(contents);
    }

    /**
     * Brings the database up to date: creates FMN's schema in an empty database, adopts an FMN
     * database, applies pending migrations. Returns where the database stands afterwards.
     *
     * @throws RefusedDatabaseException when the database holds something else; nothing is changed
     */
    public MigrationStatus migrate() {
        MigrationStatus before = status();
        if (!before.state().migratable()) {
            throw new RefusedDatabaseException(before);
        }
        if (before.state() == DatabaseState.FMN_UNADOPTED) {
            flyway().baseline();
        }
        flyway().migrate();
        return status();
    }

    private MigrationStatus fmnOrForeign(DatabaseContents contents) {
        Set<String> others = new TreeSet<>(contents.tables());
        others.removeAll(FMN_TABLES);
        others.remove(DatabaseContents.ALEMBIC_VERSION);
        Set<String> missing = new TreeSet<>(FMN_TABLES);
        missing.removeAll(contents.tables());
        String revision = alembicRevision(contents);
        if (!others.isEmpty()) {
            return refused(DatabaseState.FOREIGN, revision, "the database holds tables that are not FMN's: "
                    + String.join(", ", others) + "; FMN uses an empty database or one FMN created");
        }
        if (revision == null) {
            return refused(DatabaseState.FOREIGN, null, "the database holds FMN's tables but no alembic_version, so "
                    + "which revision of FMN's schema they are is unknown; stamp it with FMN's own tool "
                    + "(alembic stamp) if FMN made it");
        }
        if (FMN_OLDER_REVISIONS.contains(revision)) {
            return refused(DatabaseState.FMN_OUTDATED, revision, "the database is FMN's at the older revision "
                    + revision + "; bring it to revision " + FMN_ALEMBIC_HEAD + " with FMN's own migrations "
                    + "(alembic upgrade head), then migrate again");
        }
        if (!revision.equals(FMN_ALEMBIC_HEAD)) {
            return refused(DatabaseState.FOREIGN, revision, "the database's alembic revision " + revision
                    + " is not one of FMN's (this FMN adopts revision " + FMN_ALEMBIC_HEAD + ")");
        }
        if (!missing.isEmpty()) {
            return refused(DatabaseState.FOREIGN, revision, "the database is stamped with FMN's revision " + revision
                    + " but lacks FMN's tables " + String.join(", ", missing));
        }
        List<PendingMigration> afterBaseline = Arrays.stream(flyway().info().pending())
                .filter(m -> m.getVersion().isNewerThan(MigrationVersion.fromVersion(FMN_SCHEMA_VERSION)))
                .map(DatabaseMigrations::pending)
                .toList();
        return new MigrationStatus(DatabaseState.FMN_UNADOPTED, null, afterBaseline, revision, null);
    }

    private static MigrationStatus refused(DatabaseState state, String revision, String problem) {
        return new MigrationStatus(state, null, List.of(), revision, problem);
    }

    /** The one alembic revision stamped, or {@code null}; several (alembic branches) read as unknown. */
    private static String alembicRevision(DatabaseContents contents) {
        List<String> revisions = contents.alembicRevisions();
        if (revisions.isEmpty()) {
            return null;
        }
        return String.join(",", revisions);
    }

    private static List<PendingMigration> pending(MigrationInfo[] infos) {
        return Arrays.stream(infos).map(DatabaseMigrations::pending).toList();
    }

    private static PendingMigration pending(MigrationInfo info) {
        return new PendingMigration(info.getVersion().getVersion(), info.getDescription());
    }
}
