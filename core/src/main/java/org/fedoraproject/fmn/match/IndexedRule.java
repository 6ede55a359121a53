package org.fedoraproject.fmn.match;

import org.fedoraproject.fmn.rule.Rule;

/**
 * A rule as the index holds it, with a slot number unique among the index's rules for its
 * lifetime, so that matching can tell rules it has already seen for a message with an array
 * lookup instead of a hash set.
 */
record IndexedRule(Rule rule, int slot) {
}
