package org.fedoraproject.fmn.backend.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fedoraproject.fmn.backend.people.PersonDestinations;
import org.fedoraproject.fmn.backend.problem.FieldError;
import org.fedoraproject.fmn.backend.problem.InvalidFieldsException;
import org.fedoraproject.fmn.database.rule.RuleContent;
import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.rule.Destination;
import org.fedoraproject.fmn.rule.GenerationRule;

/**
 * A rule may only send to its owner's own destinations, as the account system lists them.
 * FMN lets anyone send notifications to any address, which makes it a spam relay; ours
 * refuses the rule with 422 naming the destination.
 */
final class OwnDestinationsOnly {

    private OwnDestinationsOnly() {
    }

    static void check(RuleContent content, String ownerName, Directory directory) {
        Set<Destination> own = Set.copyOf(directory.person(ownerName).map(PersonDestinations::of).orElse(List.of()));
        List<FieldError> errors = new ArrayList<>();
        List<GenerationRule> generationRules = content.generationRules();
        for (int g = 0; g < generationRules.size(); g++) {
            List<Destination> destinations = generationRules.get(g).destinations();
            for (int d = 0; d < destinations.size(); d++) {
                Destination destination = destinations.get(d);
                if (!own.contains(destination)) {
                    errors.add(FieldError.inBody("generation_rules[" + g + "].destinations[" + d + "].address",
                            destination.protocol().key() + " address \"" + destination.address()
                                    + "\" is not one of your destinations in the account system"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }
}
