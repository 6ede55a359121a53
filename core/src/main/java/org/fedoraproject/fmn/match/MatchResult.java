package org.fedoraproject.fmn.match;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fedoraproject.fmn.notification.Notification;

/**
 * What matching one message yields.
 *
 * @param notifications one per destination, de-duplicated across rules, ordered by protocol
 *        then address
 * @param generatedPerRule how many notifications each rule produced (before de-duplication),
 *        which FMN records as the rule's generated count
 * @param rulesToDisable rules that concerned the message but whose owner is gone from the
 *        account system: they produced nothing and should be disabled
 */
public record MatchResult(List<Notification> notifications, Map<Long, Integer> generatedPerRule,
        Set<Long> rulesToDisable) {

    public static final MatchResult NONE = new MatchResult(List.of(), Map.of(), Set.of());

    public MatchResult {
        notifications = List.copyOf(notifications);
        generatedPerRule = Map.copyOf(generatedPerRule);
        rulesToDisable = Set.copyOf(rulesToDisable);
    }
}
