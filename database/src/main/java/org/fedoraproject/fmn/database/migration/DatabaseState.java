package org.fedoraproject.fmn.database.migration;

/** What a database holds, as far as migrating it is concerned. */
public enum DatabaseState {
    /** No tables: migrating creates FMN's schema. */
    EMPTY("empty: migrating creates FMN's tables"),
    /** Migrated by this FMN before; migrating applies what is pending. */
    MANAGED("managed by this FMN"),
    /**
     * Created by FMN (its tables and {@code alembic_version} at FMN's last revision) and not yet
     * adopted: migrating records FMN's schema as the baseline, keeps every row, and applies only
     * this FMN's later migrations.
     */
    FMN_UNADOPTED("an FMN database, not adopted yet: migrating adopts it and keeps every row"),
    /** Created by an older FMN: its own migrations must bring it to FMN's last revision first. */
    FMN_OUTDATED("an FMN database at an older revision: upgrade it with FMN's own migrations first"),
    /** Tables that are not FMN's: refused, nothing is touched. */
    FOREIGN("holds tables that are not FMN's: refused");

    private final String description;

    DatabaseState(String description) {
        this.description = description;
    }

    /** What the state means, for a person. */
    public String description() {
        return description;
    }

    /** Whether {@code migrate} may proceed. */
    public boolean migratable() {
        return this == EMPTY || this == MANAGED || this == FMN_UNADOPTED;
    }
}
