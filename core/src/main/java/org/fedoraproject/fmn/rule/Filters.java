package org.fedoraproject.fmn.rule;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.fedoraproject.fmn.message.Severity;

/**
 * The five filters of a generation rule; a message must pass all of them. Matching applies
 * them (see {@code IndexedRule.Generation}) with each message's application name lower-cased
 * once ({@link #applicationKey}) and the severities as a bit set ({@link #severityMask}).
 *
 * @param applications application names as the rule's owner wrote them (matching compares them
 *        without regard to case, {@link #applicationKeys}); empty means any application
 * @param excludedApplications application names never notified about, likewise
 * @param severities the severities notified about; empty in a rule means info, warning, error
 * @param topic a topic glob, or {@code null} for any topic
 * @param myActions whether to notify about events the rule's owner caused
 */
public record Filters(
        Set<String> applications,
        Set<String> excludedApplications,
        Set<Severity> severities,
        TopicGlob topic,
        boolean myActions) {

    /** What FMN notifies about when a rule names no severity: everything but debug. */
    public static final Set<Severity> DEFAULT_SEVERITIES =
            Collections.unmodifiableSet(EnumSet.of(Severity.INFO, Severity.WARNING, Severity.ERROR));

    /** No constraint but FMN's defaults (no debug, not my own actions). */
    public static final Filters NONE = new Filters(Set.of(), Set.of(), DEFAULT_SEVERITIES, null, false);

    public Filters {
        // In the order written, so that a rule reads back as its owner wrote it.
        applications = Collections.unmodifiableSet(new LinkedHashSet<>(applications));
        excludedApplications = Collections.unmodifiableSet(new LinkedHashSet<>(excludedApplications));
        // EnumSets: the severity test runs for every candidate rule of every message.
        severities = severities.isEmpty() ? DEFAULT_SEVERITIES : Collections.unmodifiableSet(EnumSet.copyOf(severities));
    }

    /** The application names as matching compares them: lower-cased ({@link #applicationKey}). */
    public Set<String> applicationKeys() {
        return keys(applications);
    }

    /** The excluded application names as matching compares them. */
    public Set<String> excludedApplicationKeys() {
        return keys(excludedApplications);
    }

    private static Set<String> keys(Set<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        names.forEach(name -> keys.add(applicationKey(name)));
        return Set.copyOf(keys);
    }

    /** The severities as a bit set (bit {@code ordinal()}), for the per-message path. */
    public int severityMask() {
        int mask = 0;
        for (Severity severity : severities) {
            mask |= 1 << severity.ordinal();
        }
        return mask;
    }

    /** An application name as the application filters compare it. */
    public static String applicationKey(String appName) {
        return appName == null ? null : appName.toLowerCase(Locale.ROOT);
    }
}
