package org.fedoraproject.fmn.database.spring;

import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.fedoraproject.fmn.database.Database;
import org.fedoraproject.fmn.database.DatabaseSettings;
import org.fedoraproject.fmn.database.Transactions;
import org.fedoraproject.fmn.database.generated.GeneratedCounts;
import org.fedoraproject.fmn.database.migration.DatabaseMigrations;
import org.fedoraproject.fmn.database.migration.MigrationStatus;
import org.fedoraproject.fmn.database.outbox.Outbox;
import org.fedoraproject.fmn.database.rule.RuleRepository;
import org.fedoraproject.fmn.database.user.UserRepository;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import com.zaxxer.hikari.HikariDataSource;

/**
 * FMN's database for the services: the data source from {@link DatabaseProperties}, the schema
 * brought up to date before anything uses it, and the ports as beans ({@link Transactions},
 * {@link UserRepository}, {@link RuleRepository}, {@link GeneratedCounts}, {@link Outbox},
 * {@link DatabaseMigrations}, and {@link Database} holding them all).
 *
 * <p>Runs before Spring Boot's own JDBC auto-configuration, whose data source and transaction
 * manager then back off. An application's own {@code DataSource}, {@code Clock} or transaction
 * manager bean is used instead of these. Do not add Spring Boot's Flyway auto-configuration
 * ({@code spring-boot-flyway}): it would migrate without recognising an FMN database.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"})
@EnableConfigurationProperties(DatabaseProperties.class)
public class DatabaseAutoConfiguration {

    private static final Log LOG = LogFactory.getLog(DatabaseAutoConfiguration.class);

    /** The data directory when {@code fmn.data-dir} is not set. */
    public static final String DEFAULT_DATA_DIR = "data";

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(DataSource.class)
    public HikariDataSource fmnDataSource(DatabaseProperties properties, Environment environment) {
        DatabaseSettings settings = new DatabaseSettings(blankToNull(properties.url()), blankToNull(properties.username()),
                blankToNull(properties.password()), Path.of(environment.getProperty("fmn.data-dir", DEFAULT_DATA_DIR)));
        LOG.info("FMN database: " + (settings.isEmbedded() ? "embedded, in " + Database.embeddedFile(settings.dataDir())
                : settings.jdbcUrl()));
        return Database.dataSource(settings, "fmn-database");
    }

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    public Clock fmnClock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean(PlatformTransactionManager.class)
    public DataSourceTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    /**
     * The database with its schema up to date: migrated here when {@code migrate-on-start}, or
     * checked and refused when not, so that no port ever works on an outdated schema.
     */
    @Bean
    public Database fmnDatabase(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock,
                                DatabaseProperties properties) {
        Database database = Database.over(dataSource, transactionManager, clock);
        MigrationStatus status = properties.migrateOnStart()
                ? database.migrations().migrate()
                : database.migrations().status();
        if (!status.upToDate()) {
            throw new IllegalStateException("the database is not up to date (" + status.state().description()
                    + (status.problem() == null ? "" : ": " + status.problem())
                    + "); run fmn db migrate, or start with fmn.database.migrate-on-start=true");
        }
        LOG.info("FMN database at schema version " + status.currentVersion());
        return database;
    }

    @Bean
    public DatabaseMigrations databaseMigrations(Database database) {
        return database.migrations();
    }

    @Bean
    public Transactions transactions(Database database) {
        return database.transactions();
    }

    @Bean
    public UserRepository userRepository(Database database) {
        return database.users();
    }

    @Bean
    public RuleRepository ruleRepository(Database database) {
        return database.rules();
    }

    @Bean
    public GeneratedCounts generatedCounts(Database database) {
        return database.generatedCounts();
    }

    @Bean
    public Outbox outbox(Database database) {
        return database.outbox();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
