package org.fedoraproject.fmn.match;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rules by key (a user name, a group, an artifact), as the rules' slot numbers. Each key's
 * slots are an immutable array replaced whole on change, so matching reads without locks
 * while rules change, and reads a key's rules as consecutive ints.
 */
final class PostingLists<K> {

    private static final int[] NONE = new int[0];

    private final ConcurrentHashMap<K, int[]> lists = new ConcurrentHashMap<>();

    int[] get(K key) {
        int[] slots = key == null ? null : lists.get(key);
        return slots == null ? NONE : slots;
    }

    void add(K key, int slot) {
        lists.merge(key, new int[] {slot}, (old, one) -> {
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = slot;
            return grown;
        });
    }

    void remove(K key, int slot) {
        lists.computeIfPresent(key, (k, old) -> {
            int[] kept = Arrays.stream(old).filter(s -> s != slot).toArray();
            return kept.length == 0 ? null : kept;
        });
    }
}
