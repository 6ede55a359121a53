package org.fedoraproject.fmn.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fedoraproject.fmn.database.Rules.packagesOf;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fedoraproject.fmn.database.migration.DatabaseState;
import org.fedoraproject.fmn.database.migration.MigrationStatus;
import org.fedoraproject.fmn.database.migration.PendingMigration;
import org.fedoraproject.fmn.database.migration.RefusedDatabaseException;
import org.fedoraproject.fmn.database.rule.RuleContent;
import org.fedoraproject.fmn.database.rule.RuleList;
import org.fedoraproject.fmn.database.rule.UnreadableRule;
import org.fedoraproject.fmn.message.Severity;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.fedoraproject.fmn.rule.Destination;
import org.fedoraproject.fmn.rule.Filters;
import org.fedoraproject.fmn.rule.GenerationRule;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.rule.TopicGlob;
import org.fedoraproject.fmn.rule.TrackingRule;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * How every database is migrated: from empty, adopted from FMN, or refused. Each test gets a
 * database of its own from {@link #freshDatabase()}.
 */
public interface MigrationsContract {

    List<String> ALL_VERSIONS = List.of("1", "2", "3");

    /** A new, empty database. */
    DatabaseSettings freshDatabase();

    private static Database open(DatabaseSettings settings) {
        return Database.open(settings, new TestClock());
    }

    private static List<String> versions(List<PendingMigration> pending) {
        return pending.stream().map(PendingMigration::version).toList();
    }

    /** FMN's schema with FMN's rows in it, as FMN would have left the database. */
    static void loadFmnDatabase(Database database) {
        try (Connection connection = database.dataSource().getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("fmn/fmn-database.sql"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    default void anEmptyDatabaseHasEveryMigrationPending() {
        try (Database database = open(freshDatabase())) {
            MigrationStatus status = database.migrations().status();

            assertThat(status.state()).isEqualTo(DatabaseState.EMPTY);
            assertThat(status.currentVersion()).isNull();
            assertThat(versions(status.pending())).isEqualTo(ALL_VERSIONS);
            assertThat(status.upToDate()).isFalse();
        }
    }

    @Test
    default void migratingAnEmptyDatabaseCreatesFmnsTablesAndTheOutbox() {
        try (Database database = open(freshDatabase())) {
            MigrationStatus status = database.migrations().migrate();

            assertThat(status.state()).isEqualTo(DatabaseState.MANAGED);
            assertThat(status.currentVersion()).isEqualTo("3");
            assertThat(status.pending()).isEmpty();
            assertThat(status.upToDate()).isTrue();
            JdbcClient sql = JdbcClient.create(database.dataSource());
            for (String table : DatabaseContract.TABLES) {
                assertThat(sql.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()).as(table).isZero();
            }
            assertThat(database.rules().create("alice", packagesOf("alice")).id()).isPositive();
        }
    }

    @Test
    default void migratingAnUpToDateDatabaseChangesNothing() {
        try (Database database = open(freshDatabase())) {
            database.migrations().migrate();
            Rule rule = database.rules().create("alice", packagesOf("alice"));

            MigrationStatus again = database.migrations().migrate();

            assertThat(again.upToDate()).isTrue();
            assertThat(database.rules().find(rule.id())).contains(rule);
        }
    }

    @Test
    default void anFmnDatabaseIsRecognisedAndNotYetAdopted() {
        try (Database database = open(freshDatabase())) {
            loadFmnDatabase(database);

            MigrationStatus status = database.migrations().status();

            assertThat(status.state()).isEqualTo(DatabaseState.FMN_UNADOPTED);
            assertThat(status.unadoptedFmnDatabase()).isTrue();
            assertThat(status.alembicRevision()).isEqualTo("85ea1d6c9a3f");
            assertThat(versions(status.pending())).containsExactly("2", "3");
        }
    }

    @Test
    default void adoptingAnFmnDatabaseKeepsEveryRowAndReadsEveryRuleBackIntact() {
        try (Database database = open(freshDatabase())) {
            loadFmnDatabase(database);
            Map<String, Long> before = rowCounts(database);

            MigrationStatus status = database.migrations().migrate();

            assertThat(status.state()).isEqualTo(DatabaseState.MANAGED);
            assertThat(status.upToDate()).isTrue();
            assertThat(status.alembicRevision()).isEqualTo("85ea1d6c9a3f");
            assertThat(rowCounts(database)).isEqualTo(before);
            assertFmnRulesReadBack(database);
            // The sequences FMN used go on: new rules get new ids.
            Rule added = database.rules().create("alice", packagesOf("alice"));
            assertThat(database.rules().rulesOf("alice").rules()).hasSize(3).last().isEqualTo(added);
        }
    }

    /** The rules of {@code fmn/fmn-database.sql}, as the rule model reads them. */
    static void assertFmnRulesReadBack(Database database) {
        Filters fmnDefaults = new Filters(Set.of(), Set.of(), Set.of(), null, false);
        Map<String, RuleContent> byName = new HashMap<>();
        RuleList all = database.rules().list(org.fedoraproject.fmn.database.rule.RuleQuery.ALL);
        for (Rule rule : all.rules()) {
            byName.put(rule.ownerName() + "/" + rule.name(), content(rule));
        }
        assertThat(byName).containsOnlyKeys("alice/My packages", "alice/Group packages", "bob/Followed",
                "bob/About me", "carol/null");
        assertThat(byName.get("alice/My packages")).isEqualTo(new RuleContent("My packages", false,
                new TrackingRule.ArtifactsOwned(Set.of("alice")),
                List.of(generation(fmnDefaults, new Destination(Protocol.EMAIL, "alice@example.org")))));
        // FMN's row says "Bodhi": application names are kept as written, and matched without regard to case.
        assertThat(byName.get("alice/Group packages")).isEqualTo(new RuleContent("Group packages", false,
                new TrackingRule.ArtifactsGroupOwned(Set.of("python-sig", "infra-sig")),
                List.of(generation(new Filters(Set.of("Bodhi", "koji"), Set.of(), EnumSet.of(Severity.WARNING, Severity.ERROR),
                        TopicGlob.of("*.bodhi.update.*"), true), new Destination(Protocol.IRC, "alice")))));
        assertThat(byName.get("bob/Followed")).isEqualTo(new RuleContent("Followed", false,
                new TrackingRule.ArtifactsFollowed(List.of(new Artifact(ArtifactType.RPMS, "kernel"),
                        new Artifact(ArtifactType.CONTAINERS, "fedora-toolbox"))),
                List.of(generation(new Filters(Set.of(), Set.of(), EnumSet.of(Severity.DEBUG), null, false),
                                new Destination(Protocol.EMAIL, "bob@example.org")),
                        // only a topic row: FMN's consumer runs no other filter
                        generation(new Filters(Set.of(), Set.of(), EnumSet.allOf(Severity.class),
                                        TopicGlob.of("org.fedoraproject.prod.copr.build.end"), true),
                                new Destination(Protocol.MATRIX, "@bob:fedora.im"), new Destination(Protocol.IRC, "bob")))));
        assertThat(byName.get("bob/About me")).isEqualTo(new RuleContent("About me", true, new TrackingRule.RelatedEvents(),
                List.of(generation(fmnDefaults, new Destination(Protocol.EMAIL, "bob@example.org")))));
        assertThat(byName.get("carol/null")).isEqualTo(new RuleContent(null, false,
                new TrackingRule.UsersFollowed(Set.of("alice", "bob")),
                List.of(generation(new Filters(Set.of(), Set.of("copr"), Set.of(), null, false),
                        new Destination(Protocol.EMAIL, "carol@example.org")))));
        assertThat(all.rules()).filteredOn(r -> "My packages".equals(r.name())).singleElement()
                .extracting(Rule::generatedLastWeek).isEqualTo(5L);
        assertThat(all.rules()).filteredOn(r -> "Followed".equals(r.name())).singleElement()
                .extracting(Rule::generatedLastWeek).isEqualTo(1L);
        assertThat(all.unreadable()).extracting(UnreadableRule::name).containsExactly("Stolen", "Preview");
    }

    private static GenerationRule generation(Filters filters, Destination... destinations) {
        return new GenerationRule(null, List.of(destinations), filters);
    }

    private static RuleContent content(Rule rule) {
        return new RuleContent(rule.name(), rule.disabled(), rule.trackingRule(), rule.generationRules().stream()
                .map(g -> new GenerationRule(null, g.destinations(), g.filters())).toList());
    }

    private static Map<String, Long> rowCounts(Database database) {
        JdbcClient sql = JdbcClient.create(database.dataSource());
        Map<String, Long> counts = new HashMap<>();
        for (String table : List.of("users", "rules", "tracking_rules", "generation_rules", "destinations", "filters",
                "generated", "alembic_version")) {
            counts.put(table, sql.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    @Test
    default void anFmnDatabaseAtAnOlderRevisionIsRefusedUntouched() {
        try (Database database = open(freshDatabase())) {
            loadFmnDatabase(database);
            JdbcClient.create(database.dataSource()).sql("UPDATE alembic_version SET version_num = '59e22969e199'").update();

            assertThat(database.migrations().status().state()).isEqualTo(DatabaseState.FMN_OUTDATED);
            assertThatThrownBy(() -> database.migrations().migrate())
                    .isInstanceOf(RefusedDatabaseException.class)
                    .hasMessageContaining("59e22969e199")
                    .hasMessageContaining("alembic upgrade head");
            assertThat(database.migrations().status().state()).isEqualTo(DatabaseState.FMN_OUTDATED);
        }
    }

    @Test
    default void aDatabaseWithOtherTablesIsRefusedUntouched() {
        try (Database database = open(freshDatabase())) {
            JdbcClient.create(database.dataSource()).sql("CREATE TABLE invoices (id INTEGER PRIMARY KEY)").update();

            MigrationStatus status = database.migrations().status();

            assertThat(status.state()).isEqualTo(DatabaseState.FOREIGN);
            assertThat(status.problem()).contains("invoices");
            assertThatThrownBy(() -> database.migrations().migrate())
                    .isInstanceOf(RefusedDatabaseException.class)
                    .hasMessageContaining("tables that are not FMN's: invoices");
            assertThat(database.migrations().status().state()).isEqualTo(DatabaseState.FOREIGN);
        }
    }

    @Test
    default void fmnsTablesWithoutAnAlembicRevisionAreRefused() {
        try (Database database = open(freshDatabase())) {
            loadFmnDatabase(database);
            JdbcClient.create(database.dataSource()).sql("DROP TABLE alembic_version").update();

            assertThatThrownBy(() -> database.migrations().migrate())
                    .isInstanceOf(RefusedDatabaseException.class)
                    .hasMessageContaining("no alembic_version");
        }
    }
}
