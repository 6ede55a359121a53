package org.fedoraproject.fmn.rule;

import java.util.List;

/**
 * A user's rule, in FMN's shape: a tracking rule saying which messages concern the owner, and
 * generation rules saying which of those to send where.
 *
 * @param id the rule's id
 * @param name the owner's label for it, or {@code null}
 * @param disabled disabled rules are not matched
 * @param owner the user the rule belongs to
 * @param generatedLastWeek notifications the rule produced in the last seven days
 */
public record Rule(
        long id,
        String name,
        boolean disabled,
        RuleOwner owner,
        TrackingRule trackingRule,
        List<GenerationRule> generationRules,
        long generatedLastWeek) {

    public Rule {
        generationRules = List.copyOf(generationRules);
    }

    /** The rule's owner's user name. */
    public String ownerName() {
        return owner.name();
    }

    /**
     * The owner of a rule.
     *
     * @param id the user's id in FMN's database, or {@code null} when unknown
     */
    public record RuleOwner(Long id, String name, boolean isAdmin) {
    }
}
