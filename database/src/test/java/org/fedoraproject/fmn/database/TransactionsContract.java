package org.fedoraproject.fmn.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fedoraproject.fmn.database.Rules.packagesOf;

import org.fedoraproject.fmn.database.outbox.OutboxEntry;
import org.fedoraproject.fmn.rule.Rule;
import org.junit.jupiter.api.Test;

/** A rule change and its outbox message go together; see {@link Transactions}. */
public interface TransactionsContract extends DatabaseContract {

    @Test
    default void aRuleChangeAndItsMessageCommitTogether() {
        Rule created = database().transactions().call(() -> {
            Rule rule = database().rules().create("alice", packagesOf("alice"));
            database().outbox().append(OutboxContract.message("fmn.rule.create.v1"));
            return rule;
        });

        assertThat(database().rules().find(created.id())).isPresent();
        assertThat(database().outbox().claimDue(10, OutboxContract.LEASE)).extracting(OutboxEntry::message)
                .extracting(m -> m.topic()).containsExactly("fmn.rule.create.v1");
    }

    @Test
    default void aRolledBackRuleChangeLeavesNeitherTheChangeNorItsMessage() {
        Rule existing = database().rules().create("alice", packagesOf("alice"));

        assertThatThrownBy(() -> database().transactions().run(() -> {
            database().rules().create("alice", packagesOf("bob"));
            database().rules().delete(existing.id());
            database().outbox().append(OutboxContract.message("fmn.rule.delete.v1"));
            throw new IllegalStateException("the publisher refused");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the publisher refused");

        assertThat(database().rules().rulesOf("alice").rules()).containsExactly(existing);
        assertThat(database().outbox().pendingCount()).isZero();
    }
}
