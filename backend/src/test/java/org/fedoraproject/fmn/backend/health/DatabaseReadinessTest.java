package org.fedoraproject.fmn.backend.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.fedoraproject.fmn.database.migration.DatabaseMigrations;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class DatabaseReadinessTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private static JdbcDataSource memory(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        return h2;
    }

    @Test
    void aDatabaseNotMigratedYetIsNotReadyAndSaysSo() {
        DatabaseMigrations migrations = new DatabaseMigrations(memory("not-migrated"));

        assertThat(new DatabaseReadiness(migrations, NOW).problem()).isEqualTo("Database schema needs to be upgraded");
    }

    @Test
    void aMigratedDatabaseIsReady() {
        DatabaseMigrations migrations = new DatabaseMigrations(memory("migrated"));
        migrations.migrate();

        assertThat(new DatabaseReadiness(migrations, NOW).problem()).isNull();
    }

    @Test
    void anUnreachableDatabaseIsNotReady() {
        JdbcDataSource nowhere = new JdbcDataSource();
        nowhere.setURL("jdbc:h2:tcp://127.0.0.1:1/nowhere");

        assertThat(new DatabaseReadiness(new DatabaseMigrations(nowhere), NOW).problem())
                .isEqualTo("Can't connect to the database");
    }

    @Test
    void theAnswerIsKeptAFewSecondsSoPollingDoesNotLoadTheDatabase() {
        JdbcDataSource h2 = memory("kept");
        DatabaseMigrations migrations = new DatabaseMigrations(h2);
        MovingClock clock = new MovingClock();
        DatabaseReadiness readiness = new DatabaseReadiness(migrations, clock);
        assertThat(readiness.problem()).isNotNull();

        migrations.migrate();

        assertThat(readiness.problem()).as("still the answer of a moment ago").isNotNull();
        clock.now = clock.now.plus(Duration.ofSeconds(6));
        assertThat(readiness.problem()).isNull();
    }

    private static final class MovingClock extends Clock {
        Instant now = NOW.instant();

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
