package org.fedoraproject.fmn.match;

import org.fedoraproject.fmn.rule.TrackingRule;

/**
 * Why a message concerned a rule's owner: the tracking rule that matched, with the words a
 * person reads in email headers and the web UI.
 */
public enum Criterion {
    ARTIFACT_OWNED(TrackingRule.ArtifactsOwned.NAME, "an artifact you own"),
    ARTIFACT_GROUP_OWNED(TrackingRule.ArtifactsGroupOwned.NAME, "an artifact your group owns"),
    ARTIFACT_FOLLOWED(TrackingRule.ArtifactsFollowed.NAME, "an artifact you follow"),
    ABOUT_YOU(TrackingRule.RelatedEvents.NAME, "an event about you"),
    PERSON_FOLLOWED(TrackingRule.UsersFollowed.NAME, "a person you follow");

    private final String trackingRuleName;
    private final String description;

    Criterion(String trackingRuleName, String description) {
        this.trackingRuleName = trackingRuleName;
        this.description = description;
    }

    /** FMN's name of the tracking rule ({@code artifacts-owned}, ...). */
    public String trackingRuleName() {
        return trackingRuleName;
    }

    /** What it means, for a person ("an artifact you own"). */
    public String description() {
        return description;
    }

    public static Criterion of(TrackingRule rule) {
        return switch (rule) {
            case TrackingRule.ArtifactsOwned r -> ARTIFACT_OWNED;
            case TrackingRule.ArtifactsGroupOwned r -> ARTIFACT_GROUP_OWNED;
            case TrackingRule.ArtifactsFollowed r -> ARTIFACT_FOLLOWED;
            case TrackingRule.RelatedEvents r -> ABOUT_YOU;
            case TrackingRule.UsersFollowed r -> PERSON_FOLLOWED;
        };
    }
}
