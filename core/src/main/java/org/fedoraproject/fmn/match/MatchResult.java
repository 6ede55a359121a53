package org.fedoraproject.fmn.match;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What matching one message yields.
 *
 * @param destinations one per protocol and address, de-duplicated across rules, in no
 *        particular order
 * @param generatedPerRule how many notifications each rule produced (before de-duplication),
 *        which FMN records as the rule's generated count
 * @param rulesToDisable rules that concerned the message but whose owner is gone from the
 *        account system: they produced nothing and should be disabled
 */
public record MatchResult(List<MatchedDestination> destinations, Map<Long, Integer> generatedPerRule,
        Set<Long> rulesToDisable) {

    public static final MatchResult NONE = new MatchResult(List.of(), Map.of(), Set.of());

    /** The collections are kept as given (matching builds fresh ones per message), read-only. */
    public MatchResult {
        destinations = Collections.unmodifiableList(destinations);
        generatedPerRule = Collections.unmodifiableMap(generatedPerRule);
        rulesToDisable = Collections.unmodifiableSet(rulesToDisable);
    }
}
