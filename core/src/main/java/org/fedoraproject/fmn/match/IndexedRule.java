package org.fedoraproject.fmn.match;

import java.util.List;
import java.util.Set;

import org.fedoraproject.fmn.rule.Filters;
import org.fedoraproject.fmn.rule.GenerationRule;
import org.fedoraproject.fmn.rule.Rule;

/**
 * A rule as the index holds it: its generation rules with their filters unpacked and their
 * destinations numbered, and the summary word matching reads first ({@link RuleTable}).
 */
final class IndexedRule {

    /**
     * A generation rule with its destinations' numbers and its filters unpacked, so that the
     * filters most rules leave empty cost one null test, and the values they name shared
     * across the index ({@link SharedFilterValues}).
     */
    record Generation(int[] destinationIds, int severityMask, Set<String> applications,
            Set<String> excludedApplications, SharedFilterValues.NumberedGlob topic, boolean myActions) {

        static Generation of(GenerationRule rule, DestinationTable table, SharedFilterValues shared) {
            Filters filters = rule.filters();
            int[] ids = rule.destinations().stream().mapToInt(table::register).toArray();
            return new Generation(ids, filters.severityMask(),
                    shared.applications(filters.applicationKeys()), shared.applications(filters.excludedApplicationKeys()),
                    shared.topic(filters.topic()), filters.myActions());
        }

        /**
         * Whether a message passes every filter: its severity is among the rule's, it was not
         * caused by the owner unless my_actions is on, its application (lower-cased once per
         * message, see {@link Filters#applicationKey}) is among the applications if any are
         * named and not among the excluded ones, and its topic matches the glob if there is one.
         */
        boolean pass(MatchingEngine.Traits message, boolean ownAction, MatchScratch scratch) {
            String appKey = message.appKey();
            return (severityMask & message.severityBit()) != 0
                    && (myActions || !ownAction)
                    && (applications == null || (appKey != null && applications.contains(appKey)))
                    && (excludedApplications == null || appKey == null || !excludedApplications.contains(appKey))
                    && (topic == null || message.topic() == null || scratch.topicMatches(topic, message.topic()));
        }

        /** Whether the severities and my_actions decide this generation rule alone. */
        boolean unfiltered() {
            return applications == null && excludedApplications == null && topic == null;
        }
    }

    final Reason reason;
    final Generation[] generations;
    /** The rule's summary word ({@link RuleTable}). */
    final long summary;

    IndexedRule(Rule rule, int owner, DestinationTable destinations, SharedFilterValues shared) {
        this.reason = new Reason(rule.id(), rule.name(), Criterion.of(rule.trackingRule()));
        List<GenerationRule> generationRules = rule.generationRules();
        this.generations = new Generation[generationRules.size()];
        int severities = 0;
        boolean myActions = false;
        for (int g = 0; g < generations.length; g++) {
            generations[g] = Generation.of(generationRules.get(g), destinations, shared);
            severities |= generations[g].severityMask();
            myActions |= generations[g].myActions();
        }
        boolean plain = generations.length == 1 && generations[0].destinationIds().length == 1
                && generations[0].unfiltered();
        this.summary = RuleTable.summary(severities, myActions, plain, owner,
                plain ? generations[0].destinationIds()[0] : 0);
    }
}
