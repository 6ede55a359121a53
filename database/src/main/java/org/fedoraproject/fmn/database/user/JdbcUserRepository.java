package org.fedoraproject.fmn.database.user;

import java.util.List;
import java.util.Optional;

import org.fedoraproject.fmn.database.Transactions;
import org.springframework.jdbc.core.simple.JdbcClient;

/** FMN's {@code users} table through plain SQL. */
public final class JdbcUserRepository implements UserRepository {

    private final JdbcClient jdbc;
    private final Transactions transactions;

    public JdbcUserRepository(JdbcClient jdbc, Transactions transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public User getOrCreate(String name) {
        return transactions.call(() -> {
            // ON CONFLICT keeps a concurrent creation of the same user from failing (and, on
            // PostgreSQL, from aborting the caller's transaction).
            jdbc.sql("INSERT INTO users (name) VALUES (:name) ON CONFLICT DO NOTHING")
                    .param("name", name)
                    .update();
            return find(name).orElseThrow();
        });
    }

    @Override
    public Optional<User> find(String name) {
        return jdbc.sql("SELECT id, name FROM users WHERE name = :name")
                .param("name", name)
                .query((rs, row) -> new User(rs.getLong("id"), rs.getString("name")))
                .optional();
    }

    @Override
    public List<User> search(String fragment) {
        return jdbc.sql("SELECT id, name FROM users WHERE name LIKE :pattern ESCAPE '\\' ORDER BY name")
                .param("pattern", "%" + escapeLike(fragment) + "%")
                .query((rs, row) -> new User(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
