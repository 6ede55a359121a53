package org.fedoraproject.fmn.rule;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a rule tracks: the first half of a rule, deciding which messages concern its owner.
 * The names are FMN's database keys.
 */
public sealed interface TrackingRule {

    /** Names in the order written, so that a rule reads back as its owner wrote it. */
    private static Set<String> ordered(Set<String> names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }

    /** FMN's name for the tracking rule ({@code artifacts-owned}, ...). */
    String name();

    /** Messages about artifacts one of these users owns (owner, admin, commit or collaborator). */
    record ArtifactsOwned(Set<String> usernames) implements TrackingRule {
        public static final String NAME = "artifacts-owned";

        public ArtifactsOwned {
            usernames = ordered(usernames);
        }

        @Override
        public String name() {
            return NAME;
        }
    }

    /** Messages about artifacts one of these groups holds (admin, commit or collaborator). */
    record ArtifactsGroupOwned(Set<String> groups) implements TrackingRule {
        public static final String NAME = "artifacts-group-owned";

        public ArtifactsGroupOwned {
            groups = ordered(groups);
        }

        @Override
        public String name() {
            return NAME;
        }
    }

    /** Messages about these artifacts. */
    record ArtifactsFollowed(List<Artifact> artifacts) implements TrackingRule {
        public static final String NAME = "artifacts-followed";

        public ArtifactsFollowed {
            artifacts = List.copyOf(artifacts);
        }

        @Override
        public String name() {
            return NAME;
        }
    }

    /** Messages that name the rule's owner among their users. */
    record RelatedEvents() implements TrackingRule {
        public static final String NAME = "related-events";

        @Override
        public String name() {
            return NAME;
        }
    }

    /** Messages caused by one of these users. */
    record UsersFollowed(Set<String> usernames) implements TrackingRule {
        public static final String NAME = "users-followed";

        public UsersFollowed {
            usernames = ordered(usernames);
        }

        @Override
        public String name() {
            return NAME;
        }
    }
}
