/**
 * Rules and per-rule generated counts in FMN's tables (users, rules, tracking_rules,
 * generation_rules, filters, destinations, generated), PostgreSQL in production, an embedded
 * database by default, with versioned migrations.
 *
 * <p>This component is not built yet; it depends on {@code core} like every other.
 */
package org.fedoraproject.fmn.database;
