package org.fedoraproject.fmn.database.migration;

import java.util.List;

/**
 * Where a database stands.
 *
 * @param state what the database holds
 * @param currentVersion the last migration applied, or {@code null} when none is
 * @param pending the migrations {@code migrate} would apply, in order (for an FMN database not
 *                yet adopted, those after the baseline of FMN's schema)
 * @param alembicRevision FMN's own schema revision ({@code alembic_version}), or {@code null}
 *                        when the database has none
 * @param problem why the database is refused, or {@code null} when it is not
 */
public record MigrationStatus(
        DatabaseState state,
        String currentVersion,
        List<PendingMigration> pending,
        String alembicRevision,
        String problem) {

    public MigrationStatus {
        pending = List.copyOf(pending);
    }

    /** Whether the database was made by FMN and still waits to be adopted. */
    public boolean unadoptedFmnDatabase() {
        return state == DatabaseState.FMN_UNADOPTED;
    }

    /** Whether the database is ready for use: migratable, with nothing pending. */
    public boolean upToDate() {
        return state == DatabaseState.MANAGED && pending.isEmpty();
    }
}
