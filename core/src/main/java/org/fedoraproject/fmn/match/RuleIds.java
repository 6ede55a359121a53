package org.fedoraproject.fmn.match;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The ids of the rules behind one notification, ascending, as a read-only list over
 * primitive longs: matching makes one per notification, and one small object costs less than
 * a boxed id in a list. Whatever holds rule ids takes them through {@link #copyOf}, which
 * keeps these as they are.
 */
public final class RuleIds extends AbstractList<Long> implements RandomAccess {

    private final long sole;
    private final long[] several;

    private RuleIds(long sole, long[] several) {
        this.sole = sole;
        this.several = several;
    }

    /** The list itself when matching made it (it cannot change), else an immutable copy. */
    public static List<Long> copyOf(List<Long> ruleIds) {
        return ruleIds instanceof RuleIds ? ruleIds : List.copyOf(ruleIds);
    }

    static RuleIds of(long ruleId) {
        return new RuleIds(ruleId, null);
    }

    /** The ids, which the caller sorted and no longer touches. */
    static RuleIds ofSorted(long[] ruleIds) {
        return new RuleIds(0, ruleIds);
    }

    @Override
    public Long get(int index) {
        if (several != null) {
            return several[index];
        }
        if (index != 0) {
            throw new IndexOutOfBoundsException(index);
        }
        return sole;
    }

    @Override
    public int size() {
        return several == null ? 1 : several.length;
    }
}
