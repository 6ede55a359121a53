package org.fedoraproject.fmn.match;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rules by key (a user name, a group, an artifact). Each key's rules are an immutable array
 * replaced whole on change, so matching reads without locks while rules change.
 */
final class PostingLists<K> {

    private static final IndexedRule[] NONE = new IndexedRule[0];

    private final ConcurrentHashMap<K, IndexedRule[]> lists = new ConcurrentHashMap<>();

    IndexedRule[] get(K key) {
        IndexedRule[] rules = key == null ? null : lists.get(key);
        return rules == null ? NONE : rules;
    }

    void add(K key, IndexedRule rule) {
        lists.merge(key, new IndexedRule[] {rule}, (old, one) -> {
            IndexedRule[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = rule;
            return grown;
        });
    }

    void remove(K key, long ruleId) {
        lists.computeIfPresent(key, (k, old) -> {
            IndexedRule[] kept = Arrays.stream(old).filter(r -> r.id() != ruleId).toArray(IndexedRule[]::new);
            return kept.length == 0 ? null : kept;
        });
    }

    int keys() {
        return lists.size();
    }
}
