package org.fedoraproject.fmn.backend.rules;

import java.time.Clock;
import java.util.Optional;

import org.fedoraproject.fmn.backend.rules.RuleChangeMessages.Change;
import org.fedoraproject.fmn.database.Transactions;
import org.fedoraproject.fmn.database.outbox.Outbox;
import org.fedoraproject.fmn.database.outbox.OutboxMessage;
import org.fedoraproject.fmn.database.rule.RuleContent;
import org.fedoraproject.fmn.database.rule.RuleRepository;
import org.fedoraproject.fmn.database.rule.UnreadableRuleException;
import org.fedoraproject.fmn.database.user.UserRepository;
import org.fedoraproject.fmn.rule.Rule;
import org.springframework.stereotype.Service;

/**
 * Every change to a rule, stored together with its rule-change message: the change and the
 * message commit in one transaction, so a committed change is always announced on the bus
 * (later, by the outbox relay, even if the bus is down now) and a failed one never is.
 * Callers check who may make the change; this class makes it.
 */
@Service
public class RuleChanges {

    private final RuleRepository rules;
    private final UserRepository users;
    private final Outbox outbox;
    private final Transactions transactions;
    private final RuleChangeMessages messages;

    RuleChanges(RuleRepository rules, UserRepository users, Outbox outbox, Transactions transactions, Clock clock) {
        this.rules = rules;
        this.users = users;
        this.outbox = outbox;
        this.transactions = transactions;
        this.messages = new RuleChangeMessages(clock);
    }

    /** Creates a rule for its owner, recording the owner as an FMN user if they were not yet. */
    public Rule create(String ownerName, RuleContent content) {
        return transactions.call(() -> {
            users.getOrCreate(ownerName);
            return announced(Change.CREATE, rules.create(ownerName, content));
        });
    }

    /** Replaces the content of the owner's rule; empty when they have no rule of that id. */
    public Optional<Rule> replace(long id, String ownerName, RuleContent content) {
        return transactions.call(() -> rules.find(id, ownerName)
                .flatMap(own -> rules.replace(id, content))
                .map(rule -> announced(Change.UPDATE, rule)));
    }

    /**
     * Deletes the owner's rule, even one stored in a form FMN cannot read (announced then with
     * its id, name and owner only); false when they have no rule of that id.
     */
    public boolean delete(long id, String ownerName) {
        OutboxMessage announcement;
        try {
            // Read apart from the deletion: a refusal thrown inside it would roll it back.
            Optional<Rule> rule = rules.find(id, ownerName);
            if (rule.isEmpty()) {
                return false;
            }
            announcement = messages.of(Change.DELETE, rule.get());
        } catch (UnreadableRuleException e) {
            announcement = messages.ofUnreadable(Change.DELETE, e.rule());
        }
        OutboxMessage message = announcement;
        return transactions.call(() -> {
            boolean deleted = rules.delete(id);
            if (deleted) {
                outbox.append(message);
            }
            return deleted;
        });
    }

    /** Disables or enables any rule (an admin's change); empty when there is no rule of that id. */
    public Optional<Rule> setDisabled(long id, boolean disabled) {
        return transactions.call(() -> {
            if (!rules.setDisabled(id, disabled)) {
                return Optional.<Rule>empty();
            }
            return rules.find(id).map(rule -> announced(Change.UPDATE, rule));
        });
    }

    private Rule announced(Change change, Rule rule) {
        outbox.append(messages.of(change, rule));
        return rule;
    }
}
