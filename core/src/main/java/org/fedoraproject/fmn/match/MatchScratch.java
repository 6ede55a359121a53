package org.fedoraproject.fmn.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.fedoraproject.fmn.rule.Destination;

/**
 * Per-thread working memory, reused from message to message: the candidate rules without
 * repeats (a rule is seen once however many of its keys the message names) and the
 * destinations notified so far. Instead of clearing sets, each rule slot and destination
 * number is marked with the number of the message that saw it last.
 */
final class MatchScratch {
    private final List<IndexedRule> rules = new ArrayList<>();
    /** The message's destinations so far, in parallel arrays: no object per destination. */
    private int destinations;
    private Destination[] destination = new Destination[64];
    private IndexedRule[] firstRule = new IndexedRule[64];
    /** The other rules sending to a destination, in the rare case there are any. */
    private List<IndexedRule>[] moreRules = newLists(64);
    private long[] countedRules = new long[16];
    private int[] counts = new int[16];
    private int counted;
    private int[] ruleSeenAt = new int[0];
    private int[] destinationSeenAt = new int[0];
    private int[] destinationPosition = new int[0];
    private int message;

    /** The message's candidate rules so far, each once. */
    List<IndexedRule> candidates() {
        return rules;
    }

    /** How many destinations the message has so far. */
    int destinationCount() {
        return destinations;
    }

    void begin(int slots) {
        rules.clear();
        Arrays.fill(moreRules, 0, destinations, null);
        destinations = 0;
        counted = 0;
        if (++message == 0) { // wrapped around: forget every mark
            Arrays.fill(ruleSeenAt, 0);
            Arrays.fill(destinationSeenAt, 0);
            message = 1;
        }
        ruleSeenAt = atLeast(ruleSeenAt, slots);
    }

    void beginDestinations(int destinations) {
        if (destinationSeenAt.length < destinations) {
            destinationSeenAt = atLeast(destinationSeenAt, destinations);
            destinationPosition = Arrays.copyOf(destinationPosition, destinationSeenAt.length);
        }
    }

    void addAll(IndexedRule[] found) {
        for (IndexedRule rule : found) {
            // Rules added while this message is matched may have slots past the array.
            ruleSeenAt = atLeast(ruleSeenAt, rule.slot + 1);
            if (ruleSeenAt[rule.slot] != message) {
                ruleSeenAt[rule.slot] = message;
                rules.add(rule);
            }
        }
    }

    void notify(int destinationId, Destination target, IndexedRule rule) {
        if (destinationId >= destinationSeenAt.length) {
            beginDestinations(destinationId + 1);
        }
        if (destinationSeenAt[destinationId] != message) {
            destinationSeenAt[destinationId] = message;
            destinationPosition[destinationId] = destinations;
            if (destinations == destination.length) {
                destination = Arrays.copyOf(destination, destinations * 2);
                firstRule = Arrays.copyOf(firstRule, destinations * 2);
                moreRules = Arrays.copyOf(moreRules, destinations * 2);
            }
            destination[destinations] = target;
            firstRule[destinations++] = rule;
            return;
        }
        int position = destinationPosition[destinationId];
        List<IndexedRule> more = moreRules[position];
        // A rule's own repeats arrive together: one look at the last one suffices.
        IndexedRule last = more == null ? firstRule[position] : more.getLast();
        if (last != rule) {
            if (more == null) {
                moreRules[position] = more = new ArrayList<>(2);
            }
            more.add(rule);
        }
    }

    /** The matched destination at a position, with its rules ascending and the lowest as reason. */
    MatchedDestination matched(int position) {
        IndexedRule first = firstRule[position];
        List<IndexedRule> more = moreRules[position];
        List<Long> ids;
        if (more == null) {
            ids = first.soleId;
        } else {
            long[] sorted = new long[more.size() + 1];
            sorted[0] = first.id();
            for (int i = 0; i < more.size(); i++) {
                IndexedRule rule = more.get(i);
                sorted[i + 1] = rule.id();
                first = rule.id() < first.id() ? rule : first;
            }
            Arrays.sort(sorted);
            ids = Arrays.stream(sorted).boxed().toList();
        }
        return new MatchedDestination(destination[position], ids, first.reason);
    }

    @SuppressWarnings("unchecked")
    private static List<IndexedRule>[] newLists(int size) {
        return (List<IndexedRule>[]) new List[size];
    }

    void count(long ruleId, int produced) {
        if (counted == countedRules.length) {
            countedRules = Arrays.copyOf(countedRules, counted * 2);
            counts = Arrays.copyOf(counts, counted * 2);
        }
        countedRules[counted] = ruleId;
        counts[counted++] = produced;
    }

    Map<Long, Integer> counts() {
        return RuleCounts.of(countedRules, counts, counted);
    }

    private static int[] atLeast(int[] marks, int size) {
        return marks.length >= size ? marks : Arrays.copyOf(marks, Math.max(size, marks.length * 2));
    }
}
