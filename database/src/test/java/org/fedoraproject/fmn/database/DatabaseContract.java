package org.fedoraproject.fmn.database;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every contract suite runs against: an up-to-date database, emptied before each test,
 * whose ports take their time from {@link #clock()}.
 */
public interface DatabaseContract {

    /** Tables in the order their rows can be deleted. */
    List<String> TABLES = List.of("outbox", "generated", "filters", "destinations", "generation_rules",
            "tracking_rules", "rules", "users");

    Database database();

    TestClock clock();

    /** Plain SQL on the same database, to look at or plant rows behind the ports' backs. */
    default JdbcClient sql() {
        return JdbcClient.create(database().dataSource());
    }

    /** Empties every table and resets the clock: each test starts from nothing. */
    static void reset(Database database, TestClock clock) {
        JdbcClient sql = JdbcClient.create(database.dataSource());
        for (String table : TABLES) {
            sql.sql("DELETE FROM " + table).update();
        }
        clock.set(TestClock.START);
    }
}
