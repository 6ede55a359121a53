package org.fedoraproject.fmn.database;

import java.util.List;
import java.util.Set;

import org.fedoraproject.fmn.database.rule.RuleContent;
import org.fedoraproject.fmn.rule.Destination;
import org.fedoraproject.fmn.rule.Filters;
import org.fedoraproject.fmn.rule.GenerationRule;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.rule.TrackingRule;

/** Rule contents for tests, in a few words. */
public final class Rules {

    private Rules() {
    }

    public static RuleContent content(String name, TrackingRule tracking, GenerationRule... generationRules) {
        return new RuleContent(name, false, tracking, List.of(generationRules));
    }

    /** A rule tracking {@code owner}'s packages, notifying by email with FMN's default filters. */
    public static RuleContent packagesOf(String owner) {
        return content("Packages of " + owner, new TrackingRule.ArtifactsOwned(Set.of(owner)),
                generation(Filters.NONE, email(owner + "@example.org")));
    }

    public static GenerationRule generation(Filters filters, Destination... destinations) {
        return new GenerationRule(null, List.of(destinations), filters);
    }

    public static Destination email(String address) {
        return new Destination(Protocol.EMAIL, address);
    }

    public static Destination irc(String nick) {
        return new Destination(Protocol.IRC, nick);
    }

    public static Destination matrix(String id) {
        return new Destination(Protocol.MATRIX, id);
    }
}
