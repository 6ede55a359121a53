package org.fedoraproject.fmn.rule;

import java.util.List;

/**
 * The second half of a rule: when a tracked message passes the filters, each destination gets
 * a notification.
 *
 * @param id the generation rule's id, or {@code null} before it is stored
 */
public record GenerationRule(Long id, List<Destination> destinations, Filters filters) {

    public GenerationRule {
        destinations = List.copyOf(destinations);
    }
}
