package org.fedoraproject.fmn.match;

import java.util.Arrays;

import org.fedoraproject.fmn.message.Severity;

/**
 * The indexed rules by slot, as columns: matching reads, for each candidate rule, one word
 * of a dense array instead of following references from object to object across the heap
 * (the per-message cost of a rule-heavy message is memory latency more than computation).
 *
 * <p>A rule's <em>summary word</em> holds what decides most candidates:
 * <ul>
 * <li>bits 0–3: the severities any of its generation rules notifies about, by ordinal;</li>
 * <li>bit 4: whether any generation rule notifies about the owner's own actions;</li>
 * <li>bit 5: whether the rule is <em>plain</em>: one generation rule, one destination, no
 *     application or topic filter, so that the bits above decide it alone;</li>
 * <li>bits 8–31: the owner's number ({@link OwnerTable});</li>
 * <li>bits 32–63: for a plain rule, its destination's number ({@link DestinationTable}).</li>
 * </ul>
 * Other rules are decided by their {@link IndexedRule}'s generation rules.
 *
 * <p>Rows are written under the index's lock before the slot is published in a posting list;
 * a reader that found a slot in a posting list and then reads {@link #columns()} sees its row.
 */
final class RuleTable {

    private static final int SEVERITY_BITS = 4;
    private static final long MY_ACTIONS = 1L << SEVERITY_BITS;
    private static final long PLAIN = 1L << 5;
    private static final int OWNER_SHIFT = 8;
    private static final int DESTINATION_SHIFT = 32;

    static {
        if (Severity.values().length > SEVERITY_BITS) {
            throw new IllegalStateException("a rule's summary word has room for " + SEVERITY_BITS + " severities");
        }
    }

    /** The columns, replaced whole when they grow. */
    record Columns(long[] summaries, long[] ruleIds, Reason[] reasons, IndexedRule[] rules) {

        Columns(int size) {
            this(new long[size], new long[size], new Reason[size], new IndexedRule[size]);
        }

        Columns grown() {
            int size = summaries.length * 2;
            return new Columns(Arrays.copyOf(summaries, size), Arrays.copyOf(ruleIds, size),
                    Arrays.copyOf(reasons, size), Arrays.copyOf(rules, size));
        }
    }

    private volatile Columns columns = new Columns(64);
    /** Slots are not reused while the table lives, so a match running during a change cannot confuse two rules. */
    private volatile int nextSlot;

    /**
     * Writes a rule's row in the next slot and returns the slot. Called under the index's lock.
     * A removed rule's row stays, for matches that found its slot just before and read it
     * still, until the index compacts its tables.
     */
    int add(IndexedRule rule) {
        int slot = nextSlot;
        Columns current = columns;
        if (slot == current.summaries().length) {
            current = current.grown();
        }
        current.summaries()[slot] = rule.summary;
        current.ruleIds()[slot] = rule.reason.ruleId();
        current.reasons()[slot] = rule.reason;
        current.rules()[slot] = rule;
        columns = current;
        nextSlot = slot + 1;
        return slot;
    }

    Columns columns() {
        return columns;
    }

    /** One more than the highest slot handed out so far. */
    int slotLimit() {
        return nextSlot;
    }

    static long summary(int severityMask, boolean myActions, boolean plain, int owner, int destination) {
        return severityMask | (myActions ? MY_ACTIONS : 0) | (plain ? PLAIN : 0)
                | (long) owner << OWNER_SHIFT | (long) destination << DESTINATION_SHIFT;
    }

    /**
     * Whether a rule may notify about a message of this severity (as a mask bit), caused or not
     * by the rule's owner: for a plain rule the answer, for the others a first sieve.
     */
    static boolean mayNotify(long summary, int severityBit, boolean ownAction) {
        return (summary & severityBit) != 0 && (!ownAction || (summary & MY_ACTIONS) != 0);
    }

    static boolean isPlain(long summary) {
        return (summary & PLAIN) != 0;
    }

    static int owner(long summary) {
        return (int) (summary >>> OWNER_SHIFT) & (OwnerTable.MAX_OWNERS - 1);
    }

    static int destination(long summary) {
        return (int) (summary >>> DESTINATION_SHIFT);
    }
}
