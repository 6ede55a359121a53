package org.fedoraproject.fmn.database.rule;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fedoraproject.fmn.database.Dialect;
import org.fedoraproject.fmn.database.Transactions;
import org.fedoraproject.fmn.database.rule.StoredRows.DestinationRow;
import org.fedoraproject.fmn.database.rule.StoredRows.FilterRow;
import org.fedoraproject.fmn.database.rule.StoredRows.RuleRow;
import org.fedoraproject.fmn.database.rule.StoredRows.TrackingRow;
import org.fedoraproject.fmn.database.user.UserRepository;
import org.fedoraproject.fmn.rule.Destination;
import org.fedoraproject.fmn.rule.GenerationRule;
import org.fedoraproject.fmn.rule.Rule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Rules in FMN's tables through plain SQL; see {@link RuleRepository} for what it keeps. */
public final class JdbcRuleRepository implements RuleRepository {

    /** How far back "generated last week" sums, as FMN's API does. */
    static final Duration LAST_WEEK = Duration.ofDays(7);
    /** Rule ids per {@code IN} list, well below what either database accepts. */
    private static final int IDS_PER_QUERY = 1000;

    private static final String SELECT_RULES = """
            SELECT r.id, r.name, r.disabled, u.id AS owner_id, u.name AS owner_name
            FROM rules r JOIN users u ON u.id = r.user_id
            """;

    private final JdbcClient jdbc;
    private final Dialect dialect;
    private final Transactions transactions;
    private final UserRepository users;
    private final Clock clock;

    public JdbcRuleRepository(JdbcClient jdbc, Dialect dialect, Transactions transactions, UserRepository users, Clock clock) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.transactions = transactions;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public RuleList rulesOf(String ownerName) {
        return transactions.read(() -> load(jdbc.sql(SELECT_RULES + "WHERE u.name = :owner ORDER BY r.id")
                .param("owner", ownerName), true));
    }

    @Override
    public Optional<Rule> find(long id) {
        return transactions.read(() -> single(load(jdbc.sql(SELECT_RULES + "WHERE r.id = :id").param("id", id), true)));
    }

    @Override
    public Optional<Rule> find(long id, String ownerName) {
        return transactions.read(() -> single(load(jdbc.sql(SELECT_RULES + "WHERE r.id = :id AND u.name = :owner")
                .param("id", id)
                .param("owner", ownerName), true)));
    }

    @Override
    public RuleList list(RuleQuery query) {
        StringBuilder sql = new StringBuilder(SELECT_RULES).append("WHERE 1 = 1");
        if (query.disabled() != null) {
            sql.append(" AND r.disabled = :disabled");
        }
        if (query.ownerName() != null) {
            sql.append(" AND u.name = :owner");
        }
        sql.append(" ORDER BY r.id");
        return transactions.read(() -> {
            JdbcClient.StatementSpec statement = jdbc.sql(sql.toString());
            if (query.disabled() != null) {
                statement = statement.param("disabled", query.disabled());
            }
            if (query.ownerName() != null) {
                statement = statement.param("owner", query.ownerName());
            }
            return load(statement, true);
        });
    }

    @Override
    public RuleList enabledRules(long afterId, int limit) {
        return transactions.read(() -> load(jdbc.sql(SELECT_RULES
                        + "WHERE r.disabled = FALSE AND r.id > :after ORDER BY r.id LIMIT :limit")
                .param("after", afterId)
                .param("limit", limit), false));
    }

    @Override
    public Rule create(String ownerName, RuleContent content) {
        return transactions.call(() -> {
            long ownerId = users.getOrCreate(ownerName).id();
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO rules (name, disabled, user_id) VALUES (:name, :disabled, :owner)")
                    .param("name", content.name())
                    .param("disabled", content.disabled())
                    .param("owner", ownerId)
                    .update(key, "id");
            long id = key.getKeyAs(Number.class).longValue();
            insertTrackingRule(id, content);
            for (GenerationRule generation : content.generationRules()) {
                writeParts(insertGenerationRule(id), generation);
            }
            return readBack(id);
        });
    }

    @Override
    public Optional<Rule> replace(long id, RuleContent content) {
        return transactions.call(() -> {
            int updated = jdbc.sql("UPDATE rules SET name = :name, disabled = :disabled WHERE id = :id")
                    .param("name", content.name())
                    .param("disabled", content.disabled())
                    .param("id", id)
                    .update();
            if (updated == 0) {
                return Optional.empty();
            }
            int tracking = jdbc.sql("UPDATE tracking_rules SET name = :name, params = " + dialect.json("params")
                            + " WHERE rule_id = :rule")
                    .param("rule", id)
                    .param("name", content.trackingRule().name())
                    .param("params", StoredForm.params(content.trackingRule()))
                    .update();
            if (tracking == 0) { // an FMN rule may have lost its tracking rule row: it gets one again
                insertTrackingRule(id, content);
            }
            List<Long> existing = jdbc.sql("SELECT id FROM generation_rules WHERE rule_id = :rule ORDER BY id")
                    .param("rule", id)
                    .query(Long.class)
                    .list();
            List<GenerationRule> wanted = content.generationRules();
            for (int i = 0; i < wanted.size(); i++) {
                long generationId;
                if (i < existing.size()) {
                    generationId = existing.get(i);
                    jdbc.sql("DELETE FROM destinations WHERE generation_rule_id = :id").param("id", generationId).update();
                    jdbc.sql("DELETE FROM filters WHERE generation_rule_id = :id").param("id", generationId).update();
                } else {
                    generationId = insertGenerationRule(id);
                }
                writeParts(generationId, wanted.get(i));
            }
            if (existing.size() > wanted.size()) {
                jdbc.sql("DELETE FROM generation_rules WHERE id IN (:ids)")
                        .param("ids", existing.subList(wanted.size(), existing.size()))
                        .update();
            }
            return Optional.of(readBack(id));
        });
    }

    @Override
    public boolean delete(long id) {
        return transactions.call(() -> {
            // tracking_rules does not cascade (FMN's ORM deletes it itself); the rest does.
            jdbc.sql("DELETE FROM tracking_rules WHERE rule_id = :id").param("id", id).update();
            return jdbc.sql("DELETE FROM rules WHERE id = :id").param("id", id).update() > 0;
        });
    }

    @Override
    public boolean setDisabled(long id, boolean disabled) {
        return transactions.call(() -> jdbc.sql("UPDATE rules SET disabled = :disabled WHERE id = :id")
                .param("disabled", disabled)
                .param("id", id)
                .update() > 0);
    }

    private void insertTrackingRule(long ruleId, RuleContent content) {
        jdbc.sql("INSERT INTO tracking_rules (rule_id, name, params) VALUES (:rule, :name, " + dialect.json("params") + ")")
                .param("rule", ruleId)
                .param("name", content.trackingRule().name())
                .param("params", StoredForm.params(content.trackingRule()))
                .update();
    }

    private long insertGenerationRule(long ruleId) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO generation_rules (rule_id) VALUES (:rule)").param("rule", ruleId).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private void writeParts(long generationId, GenerationRule generation) {
        for (Destination destination : generation.destinations()) {
            jdbc.sql("INSERT INTO destinations (generation_rule_id, protocol, address) VALUES (:generation, :protocol, :address)")
                    .param("generation", generationId)
                    .param("protocol", destination.protocol().key())
                    .param("address", destination.address())
                    .update();
        }
        for (StoredForm.FilterRow filter : StoredForm.filterRows(generation.filters())) {
            jdbc.sql("INSERT INTO filters (generation_rule_id, name, params) VALUES (:generation, :name, "
                            + dialect.json("params") + ")")
                    .param("generation", generationId)
                    .param("name", filter.name())
                    .param("params", filter.params())
                    .update();
        }
    }

    /**
     * The rule just written. One the model cannot read back is refused (the caller's transaction
     * rolls back), so nothing this repository writes is ever unreadable.
     */
    private Rule readBack(long id) {
        return find(id).orElseThrow();
    }

    private static Optional<Rule> single(RuleList list) {
        if (!list.unreadable().isEmpty()) {
            throw new UnreadableRuleException(list.unreadable().getFirst());
        }
        return list.rules().stream().findFirst();
    }

    private RuleList load(JdbcClient.StatementSpec ruleQuery, boolean withCounts) {
        StoredRows rows = new StoredRows();
        rows.rules.addAll(ruleQuery.query((rs, n) -> new RuleRow(rs.getLong("id"), rs.getString("name"),
                rs.getBoolean("disabled"), rs.getLong("owner_id"), rs.getString("owner_name"))).list());
        List<Long> ids = rows.rules.stream().map(RuleRow::id).toList();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            loadParts(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)), rows, withCounts);
        }
        return RuleAssembler.assemble(rows);
    }

    private void loadParts(List<Long> ids, StoredRows rows, boolean withCounts) {
        jdbc.sql("SELECT rule_id, name, params FROM tracking_rules WHERE rule_id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    rows.tracking.put(rs.getLong("rule_id"), new TrackingRow(rs.getString("name"), rs.getString("params")));
                });
        jdbc.sql("SELECT id, rule_id FROM generation_rules WHERE rule_id IN (:ids) ORDER BY id")
                .param("ids", ids)
                .query(rs -> {
                    rows.addGenerationRule(rs.getLong("rule_id"), rs.getLong("id"));
                });
        jdbc.sql("""
                        SELECT d.generation_rule_id, d.protocol, d.address
                        FROM destinations d JOIN generation_rules g ON g.id = d.generation_rule_id
                        WHERE g.rule_id IN (:ids) ORDER BY d.id""")
                .param("ids", ids)
                .query(rs -> {
                    rows.addDestination(rs.getLong("generation_rule_id"),
                            new DestinationRow(rs.getString("protocol"), rs.getString("address")));
                });
        jdbc.sql("""
                        SELECT f.generation_rule_id, f.name, f.params
                        FROM filters f JOIN generation_rules g ON g.id = f.generation_rule_id
                        WHERE g.rule_id IN (:ids) ORDER BY f.id""")
                .param("ids", ids)
                .query(rs -> {
                    rows.addFilter(rs.getLong("generation_rule_id"), new FilterRow(rs.getString("name"), rs.getString("params")));
                });
        if (withCounts) {
            LocalDateTime since = LocalDateTime.ofInstant(clock.instant().minus(LAST_WEEK), ZoneOffset.UTC);
            Map<Long, Long> counts = rows.generatedLastWeek;
            jdbc.sql("""
                            SELECT rule_id, COALESCE(SUM(count), 0) AS total FROM generated
                            WHERE rule_id IN (:ids) AND "when" >= :since GROUP BY rule_id""")
                    .param("ids", ids)
                    .param("since", since)
                    .query(rs -> {
                        counts.put(rs.getLong("rule_id"), rs.getLong("total"));
                    });
        }
    }
}
