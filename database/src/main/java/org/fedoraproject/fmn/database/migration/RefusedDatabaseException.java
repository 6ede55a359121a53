package org.fedoraproject.fmn.database.migration;

/**
 * The database cannot be migrated as it is (tables that are not FMN's, or an FMN database at
 * an older revision); nothing was changed. The message says what was found and what to do.
 */
public class RefusedDatabaseException extends RuntimeException {

    private final transient MigrationStatus status;

    public RefusedDatabaseException(MigrationStatus status) {
        super(status.problem());
        this.status = status;
    }

    public MigrationStatus status() {
        return status;
    }
}
