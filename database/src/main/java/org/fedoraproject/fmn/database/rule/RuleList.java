package org.fedoraproject.fmn.database.rule;

import java.util.List;

import org.fedoraproject.fmn.rule.Rule;

/**
 * Rules as listed: the readable ones and, apart, those FMN's model cannot represent. Both
 * lists are ordered by rule id.
 */
public record RuleList(List<Rule> rules, List<UnreadableRule> unreadable) {

    public RuleList {
        rules = List.copyOf(rules);
        unreadable = List.copyOf(unreadable);
    }

    /** Whether no rule at all, readable or not, was listed. */
    public boolean isEmpty() {
        return rules.isEmpty() && unreadable.isEmpty();
    }

    /**
     * The highest rule id listed, readable or not: the {@code afterId} of the next page of
     * {@link RuleRepository#enabledRules}; {@code afterId} itself when the page is empty.
     */
    public long lastId(long afterId) {
        long last = afterId;
        for (Rule rule : rules) {
            last = Math.max(last, rule.id());
        }
        for (UnreadableRule rule : unreadable) {
            last = Math.max(last, rule.id());
        }
        return last;
    }
}
