package org.fedoraproject.fmn.match;

import java.util.List;

import org.fedoraproject.fmn.rule.Destination;
import org.fedoraproject.fmn.rule.Filters;
import org.fedoraproject.fmn.rule.GenerationRule;
import org.fedoraproject.fmn.rule.Rule;

/**
 * A rule as the index holds it, laid out for the per-message path: a slot number unique among
 * the index's rules for its lifetime (so matching tells rules it has seen with an array lookup,
 * not a hash set), the owner's name at hand, and each destination's number in the index's
 * destination table (so notifications are grouped by destination the same way).
 */
final class IndexedRule {

    /** A generation rule with its destinations' numbers. */
    record Generation(Filters filters, Destination[] destinations, int[] destinationIds) {
    }

    final Rule rule;
    final int slot;
    final String owner;
    final Generation[] generations;

    IndexedRule(Rule rule, int slot, DestinationTable destinations) {
        this.rule = rule;
        this.slot = slot;
        this.owner = rule.ownerName();
        List<GenerationRule> generationRules = rule.generationRules();
        this.generations = new Generation[generationRules.size()];
        for (int g = 0; g < generations.length; g++) {
            GenerationRule generation = generationRules.get(g);
            Destination[] targets = generation.destinations().toArray(Destination[]::new);
            int[] ids = new int[targets.length];
            for (int d = 0; d < targets.length; d++) {
                ids[d] = destinations.idOf(targets[d]);
            }
            generations[g] = new Generation(generation.filters(), targets, ids);
        }
    }

    long id() {
        return rule.id();
    }
}
