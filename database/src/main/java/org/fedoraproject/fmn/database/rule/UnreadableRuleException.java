package org.fedoraproject.fmn.database.rule;

/** Thrown when a single rule asked for by id is stored in a form FMN cannot read. */
public class UnreadableRuleException extends RuntimeException {

    private final transient UnreadableRule rule;

    public UnreadableRuleException(UnreadableRule rule) {
        super("rule " + rule.id() + " cannot be read: " + rule.reason());
        this.rule = rule;
    }

    public UnreadableRule rule() {
        return rule;
    }
}
