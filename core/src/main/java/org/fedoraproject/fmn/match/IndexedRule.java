package org.fedoraproject.fmn.match;

import java.util.List;
import java.util.Set;

import org.fedoraproject.fmn.rule.Destination;
import org.fedoraproject.fmn.rule.Filters;
import org.fedoraproject.fmn.rule.GenerationRule;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.rule.TopicGlob;

/**
 * A rule as the index holds it, laid out for the per-message path: a slot number unique among
 * the index's rules for its lifetime (so matching tells rules it has seen with an array lookup,
 * not a hash set), the owner's name at hand, and each destination's number in the index's
 * destination table (so notifications are grouped by destination the same way).
 */
final class IndexedRule {

    /**
     * A generation rule with its destinations' numbers and its filters unpacked, so that the
     * filters most rules leave empty cost one null test.
     */
    record Generation(Filters filters, Destination[] destinations, int[] destinationIds,
            int severityMask, Set<String> applications, Set<String> excludedApplications, TopicGlob topic,
            boolean myActions) {

        Generation(Filters filters, Destination[] destinations, int[] destinationIds) {
            this(filters, destinations, destinationIds, filters.severityMask(),
                    filters.applications().isEmpty() ? null : filters.applications(),
                    filters.excludedApplications().isEmpty() ? null : filters.excludedApplications(),
                    filters.topic(), filters.myActions());
        }

        /**
         * Whether a message passes every filter: its severity is among the rule's, its
         * application (lower-cased once per message, see {@link Filters#applicationKey}) among
         * the applications if any are named and not among the excluded ones, its topic matches
         * the glob if there is one, and it was not caused by the owner unless my_actions is on.
         */
        boolean pass(String appKey, int severityBit, String topic, String agentName, String owner) {
            return (severityMask & severityBit) != 0
                    && (applications == null || (appKey != null && applications.contains(appKey)))
                    && (excludedApplications == null || appKey == null || !excludedApplications.contains(appKey))
                    && (this.topic == null || topic == null || this.topic.matches(topic))
                    && (myActions || agentName == null || !agentName.equals(owner));
        }
    }

    final Rule rule;
    /** The rule's id, here to spare the per-message path a visit to the rule. */
    final long id;
    final int slot;
    final String owner;
    final OwnerStatus ownerStatus;
    final Generation[] generations;
    /** What most notifications carry, made once: this rule alone, and why it matched. */
    final List<Long> soleId;
    final Reason reason;

    IndexedRule(Rule rule, int slot, DestinationTable destinations, OwnerStatus ownerStatus) {
        this.rule = rule;
        this.id = rule.id();
        this.slot = slot;
        this.owner = rule.ownerName();
        this.ownerStatus = ownerStatus;
        this.soleId = List.of(rule.id());
        this.reason = new Reason(rule.id(), rule.name(), Criterion.of(rule.trackingRule()));
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
        return id;
    }
}
