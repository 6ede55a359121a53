package org.fedoraproject.fmn.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import org.fedoraproject.fmn.database.generated.GeneratedCounts;
import org.fedoraproject.fmn.database.generated.JdbcGeneratedCounts;
import org.fedoraproject.fmn.database.migration.DatabaseMigrations;
import org.fedoraproject.fmn.database.outbox.JdbcOutbox;
import org.fedoraproject.fmn.database.outbox.Outbox;
import org.fedoraproject.fmn.database.rule.JdbcRuleRepository;
import org.fedoraproject.fmn.database.rule.RuleRepository;
import org.fedoraproject.fmn.database.user.JdbcUserRepository;
import org.fedoraproject.fmn.database.user.UserRepository;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * FMN's database and its ports, for code without a Spring context (the command line, tests).
 * The services get the same objects as beans from
 * {@link org.fedoraproject.fmn.database.spring.DatabaseAutoConfiguration}.
 *
 * <p>Opening connects but migrates nothing: call {@code migrations().migrate()} first on a
 * database that may not be up to date.
 */
public final class Database implements AutoCloseable {

    private final DataSource dataSource;
    private final AutoCloseable pool;
    private final DatabaseMigrations migrations;
    private final Transactions transactions;
    private final UserRepository users;
    private final RuleRepository rules;
    private final GeneratedCounts generatedCounts;
    private final Outbox outbox;

    private Database(DataSource dataSource, PlatformTransactionManager transactionManager, AutoCloseable pool, Clock clock) {
        this.dataSource = dataSource;
        this.pool = pool;
        Dialect dialect = Dialect.of(dataSource);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        this.migrations = new DatabaseMigrations(dataSource);
        this.transactions = new JdbcTransactions(transactionManager);
        this.users = new JdbcUserRepository(jdbc, transactions);
        this.rules = new JdbcRuleRepository(jdbc, dialect, transactions, users, clock);
        this.generatedCounts = new JdbcGeneratedCounts(new NamedParameterJdbcTemplate(dataSource), transactions);
        this.outbox = new JdbcOutbox(jdbc, transactions, clock);
    }

    /** Connects to the database {@code settings} name, with a small pool; times from {@code clock}. */
    public static Database open(DatabaseSettings settings, Clock clock) {
        HikariDataSource pool = dataSource(settings, "fmn-database");
        try {
            return new Database(pool, new DataSourceTransactionManager(pool), pool, clock);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * The ports over a data source someone else owns (and closes), in the transactions of
     * {@code transactionManager}, which must manage that data source.
     */
    public static Database over(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock) {
        return new Database(dataSource, transactionManager, () -> { }, clock);
    }

    /**
     * A pooled data source for {@code settings}; for the embedded database, its directory is
     * created first.
     */
    public static HikariDataSource dataSource(DatabaseSettings settings, String poolName) {
        if (settings.isEmbedded()) {
            try {
                Files.createDirectories(settings.dataDir().resolve(DatabaseSettings.EMBEDDED_FILE).getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the embedded database's directory", e);
            }
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.isEmbedded() ? 4 : 10);
        return new HikariDataSource(config);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DatabaseMigrations migrations() {
        return migrations;
    }

    public Transactions transactions() {
        return transactions;
    }

    public UserRepository users() {
        return users;
    }

    public RuleRepository rules() {
        return rules;
    }

    public GeneratedCounts generatedCounts() {
        return generatedCounts;
    }

    public Outbox outbox() {
        return outbox;
    }

    /** Closes the connection pool this database opened; one it was given stays open. */
    @Override
    public void close() {
        try {
            pool.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the database failed: " + e.getMessage(), e);
        }
    }

    /** The path of the embedded database's file below {@code dataDir}, as H2 names it. */
    public static Path embeddedFile(Path dataDir) {
        return dataDir.resolve(DatabaseSettings.EMBEDDED_FILE + ".mv.db");
    }
}
