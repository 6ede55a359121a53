package org.fedoraproject.fmn.match;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

import org.fedoraproject.fmn.rule.Rule;

/**
 * Rules by key (a user name, a group, an artifact). Each key's rules are an immutable array
 * replaced whole on change, so matching reads without locks while rules change.
 */
final class PostingLists<K> {

    private static final Rule[] NONE = new Rule[0];

    private final ConcurrentHashMap<K, Rule[]> lists = new ConcurrentHashMap<>();

    Rule[] get(K key) {
        Rule[] rules = key == null ? null : lists.get(key);
        return rules == null ? NONE : rules;
    }

    void add(K key, Rule rule) {
        lists.merge(key, new Rule[] {rule}, (old, one) -> {
            Rule[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = rule;
            return grown;
        });
    }

    void remove(K key, long ruleId) {
        lists.computeIfPresent(key, (k, old) -> {
            Rule[] kept = Arrays.stream(old).filter(r -> r.id() != ruleId).toArray(Rule[]::new);
            return kept.length == 0 ? null : kept;
        });
    }

    int keys() {
        return lists.size();
    }
}
