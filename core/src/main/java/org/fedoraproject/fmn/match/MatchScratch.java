package org.fedoraproject.fmn.match;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Working memory for one match at a time, reused from message to message: the candidate rules' slots
 * without repeats (a rule is seen once however many of its keys the message names), the
 * destinations notified so far with the rules that notified each, the rules' counts and the
 * topic globs tested so far. Instead of clearing sets, each rule slot, destination number and
 * glob number is marked with the number of the message that saw it last. Everything is ints:
 * rules become objects again only in the result.
 */
final class MatchScratch {
    private int[] candidates = new int[64];
    private int candidateCount;
    private int[] ruleSeenAt = new int[0];

    /** The message's destinations so far, by position: their number and the first rule's slot. */
    private int destinationCount;
    private int[] destinationAt = new int[64];
    private int[] firstSlotAt = new int[64];
    /** How many distinct rules notified each position, and the last of them. */
    private int[] rulesAt = new int[64];
    private int[] lastSlotAt = new int[64];
    /**
     * The second and later rules of positions notified by several: each position's chain runs
     * from its last entry ({@code lastMoreAt}, -1 for none) through {@code previousMore}.
     */
    private int[] lastMoreAt = new int[64];
    private int[] moreSlots = new int[16];
    private int[] previousMore = new int[16];
    private int moreCount;
    private int[] destinationSeenAt = new int[0];
    private int[] destinationPosition = new int[0];

    private int[] countedSlots = new int[16];
    private int[] counts = new int[16];
    private int counted;

    private int[] globTestedAt = new int[0];
    private boolean[] globMatched = new boolean[0];
    private int message;

    void begin(int slots) {
        candidateCount = 0;
        destinationCount = 0;
        moreCount = 0;
        counted = 0;
        if (++message == 0) { // wrapped around: forget every mark
            Arrays.fill(ruleSeenAt, 0);
            Arrays.fill(destinationSeenAt, 0);
            Arrays.fill(globTestedAt, 0);
            message = 1;
        }
        ruleSeenAt = atLeast(ruleSeenAt, slots);
    }

    void beginDestinations(int destinations, int globs) {
        if (destinationSeenAt.length < destinations) {
            destinationSeenAt = atLeast(destinationSeenAt, destinations);
            destinationPosition = Arrays.copyOf(destinationPosition, destinationSeenAt.length);
        }
        if (globTestedAt.length < globs) {
            globTestedAt = atLeast(globTestedAt, globs);
            globMatched = Arrays.copyOf(globMatched, globTestedAt.length);
        }
    }

    void addAll(int[] slots) {
        for (int slot : slots) {
            if (slot >= ruleSeenAt.length) { // a rule added while this message is matched
                ruleSeenAt = atLeast(ruleSeenAt, slot + 1);
            }
            if (ruleSeenAt[slot] != message) {
                ruleSeenAt[slot] = message;
                if (candidateCount == candidates.length) {
                    candidates = Arrays.copyOf(candidates, candidateCount * 2);
                }
                candidates[candidateCount++] = slot;
            }
        }
    }

    /** The message's candidate rules' slots, each once, in {@code [0, candidateCount())}. */
    int[] candidates() {
        return candidates;
    }

    int candidateCount() {
        return candidateCount;
    }

    /** Whether the message's topic matches a glob, tested once per message and glob. */
    boolean topicMatches(SharedFilterValues.NumberedGlob glob, String topic) {
        int number = glob.number();
        if (number >= globTestedAt.length) { // a glob added while this message is matched
            return glob.glob().matches(topic);
        }
        if (globTestedAt[number] != message) {
            globTestedAt[number] = message;
            globMatched[number] = glob.glob().matches(topic);
        }
        return globMatched[number];
    }

    void notify(int destination, int slot) {
        if (destination >= destinationSeenAt.length) {
            beginDestinations(destination + 1, 0);
        }
        if (destinationSeenAt[destination] != message) {
            destinationSeenAt[destination] = message;
            destinationPosition[destination] = destinationCount;
            if (destinationCount == destinationAt.length) {
                int size = destinationCount * 2;
                destinationAt = Arrays.copyOf(destinationAt, size);
                firstSlotAt = Arrays.copyOf(firstSlotAt, size);
                rulesAt = Arrays.copyOf(rulesAt, size);
                lastSlotAt = Arrays.copyOf(lastSlotAt, size);
                lastMoreAt = Arrays.copyOf(lastMoreAt, size);
            }
            destinationAt[destinationCount] = destination;
            firstSlotAt[destinationCount] = slot;
            lastSlotAt[destinationCount] = slot;
            lastMoreAt[destinationCount] = -1;
            rulesAt[destinationCount++] = 1;
            return;
        }
        int position = destinationPosition[destination];
        // A rule's own repeats arrive together: one look at the last one suffices.
        if (lastSlotAt[position] != slot) {
            lastSlotAt[position] = slot;
            rulesAt[position]++;
            if (moreCount == moreSlots.length) {
                moreSlots = Arrays.copyOf(moreSlots, moreCount * 2);
                previousMore = Arrays.copyOf(previousMore, moreCount * 2);
            }
            moreSlots[moreCount] = slot;
            previousMore[moreCount] = lastMoreAt[position];
            lastMoreAt[position] = moreCount++;
        }
    }

    /** How many destinations the message has so far. */
    int destinationCount() {
        return destinationCount;
    }

    /** The matched destination at a position, with its rules ascending and the lowest as reason. */
    MatchedDestination matched(int position, RuleIndex.Tables tables, RuleTable.Columns columns) {
        int first = firstSlotAt[position];
        List<Long> ids;
        Reason reason;
        if (rulesAt[position] == 1) {
            ids = RuleIds.of(columns.ruleIds()[first]);
            reason = columns.reasons()[first];
        } else {
            long[] sorted = new long[rulesAt[position]];
            sorted[0] = columns.ruleIds()[first];
            int lowest = first;
            int n = 1;
            for (int more = lastMoreAt[position]; more >= 0; more = previousMore[more]) {
                int slot = moreSlots[more];
                sorted[n++] = columns.ruleIds()[slot];
                lowest = columns.ruleIds()[slot] < columns.ruleIds()[lowest] ? slot : lowest;
            }
            Arrays.sort(sorted);
            ids = RuleIds.ofSorted(sorted);
            reason = columns.reasons()[lowest];
        }
        return new MatchedDestination(tables.destinations.destination(destinationAt[position]), ids, reason);
    }

    void count(int slot, int produced) {
        if (counted == countedSlots.length) {
            countedSlots = Arrays.copyOf(countedSlots, counted * 2);
            counts = Arrays.copyOf(counts, counted * 2);
        }
        countedSlots[counted] = slot;
        counts[counted++] = produced;
    }

    Map<Long, Integer> counts(RuleTable.Columns columns) {
        long[] ruleIds = new long[counted];
        for (int i = 0; i < counted; i++) {
            ruleIds[i] = columns.ruleIds()[countedSlots[i]];
        }
        return RuleCounts.of(ruleIds, Arrays.copyOf(counts, counted));
    }

    private static int[] atLeast(int[] marks, int size) {
        return marks.length >= size ? marks : Arrays.copyOf(marks, Math.max(size, marks.length * 2));
    }
}
