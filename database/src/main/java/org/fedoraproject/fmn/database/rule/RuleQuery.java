package org.fedoraproject.fmn.database.rule;

/**
 * The admin listing's filters; {@code null} means "any".
 *
 * @param disabled only rules that are (or are not) disabled
 * @param ownerName only the rules of this user
 */
public record RuleQuery(Boolean disabled, String ownerName) {

    /** Every rule. */
    public static final RuleQuery ALL = new RuleQuery(null, null);
}
