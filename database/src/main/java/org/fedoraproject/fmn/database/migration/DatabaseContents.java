package org.fedoraproject.fmn.database.migration;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a database holds before migrating: the names of the tables in its current schema and,
 * when FMN made it, the alembic revisions FMN stamped.
 */
record DatabaseContents(Set<String> tables, List<String> alembicRevisions) {

    static final String FLYWAY_HISTORY = "flyway_schema_history";
    static final String ALEMBIC_VERSION = "alembic_version";

    static DatabaseContents of(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        // current_schema without parentheses: both PostgreSQL and H2 read it so.
        Set<String> tables = new TreeSet<>(jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = current_schema AND table_type = 'BASE TABLE'""")
                .query(String.class)
                .list());
        List<String> revisions = tables.contains(ALEMBIC_VERSION)
                ? jdbc.sql("SELECT version_num FROM alembic_version ORDER BY version_num").query(String.class).list()
                : List.of();
        return new DatabaseContents(tables, revisions);
    }
}
