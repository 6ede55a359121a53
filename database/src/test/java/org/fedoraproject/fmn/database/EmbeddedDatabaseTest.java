package org.fedoraproject.fmn.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fedoraproject.fmn.database.Rules.packagesOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.fedoraproject.fmn.rule.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Every contract against the embedded database: H2 in PostgreSQL mode, in files of a temporary directory. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedDatabaseTest implements UserRepositoryContract, RuleRepositoryContract, GeneratedCountsContract,
        OutboxContract, TransactionsContract, MigrationsContract {

    @TempDir
    static Path dataDirs;

    private final TestClock clock = new TestClock();
    private final AtomicInteger fresh = new AtomicInteger();
    private Database database;

    @BeforeAll
    void open() {
        database = Database.open(DatabaseSettings.embedded(dataDirs.resolve("shared")), clock);
        database.migrations().migrate();
    }

    @BeforeEach
    void startFromNothing() {
        DatabaseContract.reset(database, clock);
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Override
    public Database database() {
        return database;
    }

    @Override
    public TestClock clock() {
        return clock;
    }

    @Override
    public DatabaseSettings freshDatabase() {
        return DatabaseSettings.embedded(dataDirs.resolve("fresh-" + fresh.incrementAndGet()));
    }

    @Test
    void theEmbeddedDatabaseIsAFileInTheDataDirectory() {
        Path dataDir = dataDirs.resolve("data");
        try (Database opened = Database.open(DatabaseSettings.embedded(dataDir), clock)) {
            opened.migrations().migrate();
        }

        assertThat(Database.embeddedFile(dataDir)).isEqualTo(dataDir.resolve("database/fmn.mv.db"));
        assertThat(Files.isRegularFile(Database.embeddedFile(dataDir))).isTrue();
    }

    @Test
    void theEmbeddedDatabaseKeepsEverythingWhenClosedAndReopened() {
        DatabaseSettings settings = freshDatabase();
        Rule rule;
        try (Database first = Database.open(settings, clock)) {
            first.migrations().migrate();
            rule = first.rules().create("alice", packagesOf("alice"));
            first.outbox().append(OutboxContract.message("fmn.rule.create.v1"));
        }

        try (Database reopened = Database.open(settings, clock)) {
            assertThat(reopened.migrations().status().upToDate()).isTrue();
            assertThat(reopened.rules().find(rule.id())).contains(rule);
            assertThat(reopened.outbox().pendingCount()).isEqualTo(1);
        }
    }
}
