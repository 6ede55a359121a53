package org.fedoraproject.fmn.database.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fedoraproject.fmn.database.Rules.packagesOf;

import java.nio.file.Path;
import java.time.Clock;

import org.fedoraproject.fmn.database.Database;
import org.fedoraproject.fmn.database.DatabaseSettings;
import org.fedoraproject.fmn.database.Transactions;
import org.fedoraproject.fmn.database.TestClock;
import org.fedoraproject.fmn.database.generated.GeneratedCounts;
import org.fedoraproject.fmn.database.migration.DatabaseMigrations;
import org.fedoraproject.fmn.database.migration.RefusedDatabaseException;
import org.fedoraproject.fmn.database.outbox.Outbox;
import org.fedoraproject.fmn.database.rule.RuleRepository;
import org.fedoraproject.fmn.database.user.UserRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

class DatabaseAutoConfigurationTest {

    @TempDir
    Path dataDir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DatabaseAutoConfiguration.class))
                .withPropertyValues("fmn.data-dir=" + dataDir);
    }

    @Test
    void withoutAUrlTheEmbeddedDatabaseInTheDataDirectoryIsMigratedAndItsPortsAreBeans() {
        runner().run(context -> {
            assertThat(context).hasSingleBean(Database.class).hasSingleBean(Transactions.class)
                    .hasSingleBean(UserRepository.class).hasSingleBean(RuleRepository.class)
                    .hasSingleBean(GeneratedCounts.class).hasSingleBean(Outbox.class)
                    .hasSingleBean(DatabaseMigrations.class);
            assertThat(context.getBean(DatabaseMigrations.class).status().upToDate()).isTrue();
            assertThat(context.getBean(RuleRepository.class).create("alice", packagesOf("alice")).id()).isPositive();
        });
        assertThat(Database.embeddedFile(dataDir)).isRegularFile();
    }

    @Test
    void aRuleChangeAndItsMessageShareTheContextsTransactions() {
        runner().run(context -> {
            Transactions transactions = context.getBean(Transactions.class);
            try {
                transactions.run(() -> {
                    context.getBean(RuleRepository.class).create("alice", packagesOf("alice"));
                    throw new IllegalStateException("rolled back");
                });
            } catch (IllegalStateException expected) {
                // the point of the test
            }
            assertThat(context.getBean(RuleRepository.class).rulesOf("alice").isEmpty()).isTrue();
        });
    }

    @Test
    void anH2UrlGetsThePostgreSqlModeItNeeds() {
        runner().withPropertyValues("fmn.database.url=jdbc:h2:file:" + dataDir.resolve("elsewhere/fmn"))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(DatabaseMigrations.class).status().upToDate()).isTrue();
                });
        assertThat(dataDir.resolve("elsewhere/fmn.mv.db")).isRegularFile();
    }

    @Test
    void withoutMigratingOnStartAnOutdatedDatabaseStopsTheStart() {
        runner().withPropertyValues("fmn.database.migrate-on-start=false").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("fmn db migrate");
        });
    }

    @Test
    void aDatabaseThatIsNotFmnsStopsTheStartUntouched() {
        try (Database database = Database.open(DatabaseSettings.embedded(dataDir), new TestClock())) {
            JdbcClient.create(database.dataSource()).sql("CREATE TABLE invoices (id INTEGER)").update();
        }

        runner().run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(RefusedDatabaseException.class)
                    .hasMessageContaining("invoices");
        });
    }

    @Test
    void anApplicationsOwnClockIsUsed() {
        TestClock clock = new TestClock();
        runner().withBean(Clock.class, () -> clock).run(context -> {
            long id = context.getBean(Outbox.class)
                    .append(org.fedoraproject.fmn.database.OutboxContract.message("fmn.rule.create.v1")).id();
            assertThat(context.getBean(Outbox.class).find(id).orElseThrow().createdAt()).isEqualTo(TestClock.START);
        });
    }

    @Test
    void thePasswordIsNeverPrinted() {
        assertThat(new DatabaseProperties("jdbc:postgresql://db/fmn", "fmn", "hunter2", true).toString())
                .doesNotContain("hunter2").contains("<secret>");
        assertThat(new DatabaseSettings("jdbc:postgresql://db/fmn", "fmn", "hunter2", dataDir).toString())
                .doesNotContain("hunter2").contains("<secret>");
    }
}
