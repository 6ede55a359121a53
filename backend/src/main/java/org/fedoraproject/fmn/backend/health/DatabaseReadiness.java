package org.fedoraproject.fmn.backend.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.fedoraproject.fmn.database.migration.DatabaseMigrations;
import org.fedoraproject.fmn.database.migration.MigrationStatus;
import org.springframework.stereotype.Component;

/**
 * Ready only while the database answers and its schema is the one this FMN migrates it to.
 * The answer is kept for a few seconds, so a load balancer polling often does not load the
 * database.
 */
@Component
class DatabaseReadiness implements ReadinessCheck {

    private static final Duration KEEP = Duration.ofSeconds(5);

    private final DatabaseMigrations migrations;
    private final Clock clock;
    private volatile Answer last;

    DatabaseReadiness(DatabaseMigrations migrations, Clock clock) {
        this.migrations = migrations;
        this.clock = clock;
    }

    private record Answer(String problem, Instant until) {
    }

    @Override
    public String problem() {
        Instant now = clock.instant();
        Answer answer = last;
        if (answer == null || now.isAfter(answer.until())) {
            answer = new Answer(check(), now.plus(KEEP));
            last = answer;
        }
        return answer.problem();
    }

    private String check() {
        try {
            MigrationStatus status = migrations.status();
            if (status.upToDate()) {
                return null;
            }
            return status.problem() != null ? "Can't use the database: " + status.problem()
                    : "Database schema needs to be upgraded";
        } catch (RuntimeException e) {
            return "Can't connect to the database";
        }
    }
}
