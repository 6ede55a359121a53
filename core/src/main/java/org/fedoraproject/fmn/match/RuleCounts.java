package org.fedoraproject.fmn.match;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * How many notifications each rule produced for one message, as a read-only map over two
 * arrays: matching fills it for every tracked message, and a hash map per message cost more
 * than the rest of the bookkeeping.
 */
final class RuleCounts extends AbstractMap<Long, Integer> {

    private final long[] ruleIds;
    private final int[] counts;

    private RuleCounts(long[] ruleIds, int[] counts) {
        this.ruleIds = ruleIds;
        this.counts = counts;
    }

    /** The pairs, in arrays of the same length that the map takes over; each rule id appears once. */
    static Map<Long, Integer> of(long[] ruleIds, int[] counts) {
        return ruleIds.length == 0 ? Map.of() : new RuleCounts(ruleIds, counts);
    }

    @Override
    public Integer get(Object key) {
        if (key instanceof Long id) {
            for (int i = 0; i < ruleIds.length; i++) {
                if (ruleIds[i] == id) {
                    return counts[i];
                }
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return ruleIds.length;
    }

    @Override
    public Set<Entry<Long, Integer>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Long, Integer>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < ruleIds.length;
                    }

                    @Override
                    public Entry<Long, Integer> next() {
                        if (next >= ruleIds.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(ruleIds[i], counts[i]);
                    }
                };
            }

            @Override
            public int size() {
                return ruleIds.length;
            }
        };
    }
}
