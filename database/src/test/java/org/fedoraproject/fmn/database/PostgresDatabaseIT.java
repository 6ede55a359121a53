package org.fedoraproject.fmn.database;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Every contract against the real PostgreSQL server, in databases created for this run and
 * dropped after it; skipped, saying why, when the server cannot be reached.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresDatabaseIT implements UserRepositoryContract, RuleRepositoryContract, GeneratedCountsContract,
        OutboxContract, TransactionsContract, MigrationsContract {

    private final TestClock clock = new TestClock();
    private PostgresDatabases server;
    private Database database;

    @BeforeAll
    void open() {
        server = PostgresDatabases.reachableOrSkip();
        database = Database.open(server.create(), clock);
        database.migrations().migrate();
    }

    @BeforeEach
    void startFromNothing() {
        DatabaseContract.reset(database, clock);
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
        if (server != null) {
            server.close();
        }
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
        return server.create();
    }
}
