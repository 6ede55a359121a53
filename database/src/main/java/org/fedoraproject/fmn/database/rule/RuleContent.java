package org.fedoraproject.fmn.database.rule;

import java.util.List;
import java.util.Objects;

import org.fedoraproject.fmn.rule.GenerationRule;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.rule.TrackingRule;

/**
 * What a user writes of a rule: everything but its id, its owner and its counts. Creating or
 * replacing a rule stores exactly this; the ids of {@code generationRules} are ignored (the
 * database assigns them).
 *
 * @param name the owner's label for the rule, or {@code null}
 */
public record RuleContent(String name, boolean disabled, TrackingRule trackingRule, List<GenerationRule> generationRules) {

    public RuleContent {
        Objects.requireNonNull(trackingRule, "trackingRule");
        generationRules = List.copyOf(generationRules);
    }

    /** The content of a rule read elsewhere (the API's JSON, a file). */
    public static RuleContent of(Rule rule) {
        return new RuleContent(rule.name(), rule.disabled(), rule.trackingRule(), rule.generationRules());
    }
}
