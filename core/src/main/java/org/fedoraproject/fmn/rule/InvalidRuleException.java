package org.fedoraproject.fmn.rule;

/**
 * A rule that cannot be used as written. The message names the rule (by id when it has one)
 * and the field that is wrong, e.g. {@code rule 17: generation_rules[0].destinations[1].address:
 * "bob@" is not an email address}.
 */
public class InvalidRuleException extends RuntimeException {

    private final String field;
    private final String problem;

    public InvalidRuleException(String rule, String field, String problem) {
        super(rule + ": " + field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** What is wrong with the field, without the rule and field names ({@code "bob@" is not an email address}). */
    public String problem() {
        return problem;
    }

    /** The path of the wrong field within the rule's JSON ({@code tracking_rule.params[2].type}). */
    public String field() {
        return field;
    }
}
