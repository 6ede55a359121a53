package org.fedoraproject.fmn.database.generated;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fedoraproject.fmn.database.Transactions;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** FMN's {@code generated} table through plain SQL, one JDBC batch per recording. */
public final class JdbcGeneratedCounts implements GeneratedCounts {

    // Selecting from rules makes a deleted rule's count insert nothing instead of failing the batch.
    private static final String INSERT = """
            INSERT INTO generated (rule_id, "when", count)
            SELECT id, :when, :count FROM rules WHERE id = :rule""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Transactions transactions;

    public JdbcGeneratedCounts(NamedParameterJdbcTemplate jdbc, Transactions transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void record(Instant when, Map<Long, Integer> counts) {
        LocalDateTime at = LocalDateTime.ofInstant(when, ZoneOffset.UTC);
        List<SqlParameterSource> batch = new ArrayList<>();
        counts.forEach((rule, count) -> {
            if (count != null && count > 0) {
                batch.add(new MapSqlParameterSource().addValue("rule", rule).addValue("when", at).addValue("count", count));
            }
        });
        if (!batch.isEmpty()) {
            transactions.run(() -> jdbc.batchUpdate(INSERT, batch.toArray(SqlParameterSource[]::new)));
        }
    }
}
