package org.fedoraproject.fmn.match;

/**
 * Which rule made a notification and what it tracked; carried unchanged to the email headers,
 * the footer's link and the web UI.
 *
 * @param ruleName the owner's label for the rule, or {@code null}
 */
public record Reason(long ruleId, String ruleName, Criterion criterion) {
}
