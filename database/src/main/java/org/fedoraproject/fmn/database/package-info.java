/**
 * FMN's database: users, rules and their per-rule counts in FMN's own tables, plus the outbox
 * of rule-change messages waiting for the bus. PostgreSQL in production, H2 in PostgreSQL mode
 * (a file under the data directory) for the embedded default; the same migrations and the same
 * SQL run on both.
 *
 * <p>The ports, each with one contract test suite run against both databases:
 * {@link org.fedoraproject.fmn.database.user.UserRepository},
 * {@link org.fedoraproject.fmn.database.rule.RuleRepository},
 * {@link org.fedoraproject.fmn.database.generated.GeneratedCounts} and
 * {@link org.fedoraproject.fmn.database.outbox.Outbox}. Every method of every port is atomic on
 * its own; calls made inside {@link org.fedoraproject.fmn.database.Transactions} commit or roll
 * back together, which is how a rule change and its outbox message are written as one.
 *
 * <p>{@link org.fedoraproject.fmn.database.Database} opens all of them without Spring (the
 * command line, tests); {@link org.fedoraproject.fmn.database.spring.DatabaseAutoConfiguration}
 * makes them beans for the services.
 */
package org.fedoraproject.fmn.database;
