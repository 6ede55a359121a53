package org.fedoraproject.fmn.match;

import java.util.List;

import org.fedoraproject.fmn.rule.Destination;
import org.fedoraproject.fmn.rule.Protocol;

/**
 * A destination a message must be notified to, before rendering: when several rules of a user
 * send the same message to the same protocol and address it is notified once, and
 * {@code ruleIds} lists them all.
 *
 * @param destination the protocol and address
 * @param ruleIds the enabled rules that produced it, ascending
 * @param reason why: the first of those rules, and what it tracked
 */
public record MatchedDestination(Destination destination, List<Long> ruleIds, Reason reason) {

    public MatchedDestination {
        ruleIds = RuleIds.copyOf(ruleIds);
    }

    public Protocol protocol() {
        return destination.protocol();
    }

    /** The email address, IRC nick or Matrix user id. */
    public String address() {
        return destination.address();
    }
}
