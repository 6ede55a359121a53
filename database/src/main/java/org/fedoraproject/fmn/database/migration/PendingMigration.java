package org.fedoraproject.fmn.database.migration;

/** A migration not yet applied: its version ({@code 2}) and what it does. */
public record PendingMigration(String version, String description) {
}
