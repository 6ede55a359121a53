package org.fedoraproject.fmn.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.forge.Forge;
import org.fedoraproject.fmn.forge.Owners;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.fedoraproject.fmn.rule.Destination;
import org.fedoraproject.fmn.rule.Filters;
import org.fedoraproject.fmn.schema.MessageFacts;

/**
 * Decides which notifications a message makes, with FMN's semantics, at a cost that grows
 * with what the message names (its artifacts, their owners, its people) rather than with the
 * number of rules:
 * <ol>
 * <li>candidates: the rules indexed under the message's artifacts' owning users and groups
 *     (asked of the forge), its artifacts, its users and its agent;</li>
 * <li>each generation rule whose filters all pass yields a notification per destination;</li>
 * <li>a rule whose owner is gone from the directory produces nothing and, when it would have
 *     notified, is reported to be disabled;</li>
 * <li>notifications to the same protocol and address are sent once, listing every rule that
 *     produced them; the lowest rule id is the reason given (its footer, its rule headers).</li>
 * </ol>
 * Messages of deprecated schemas notify nobody. Rendering is the next stage
 * ({@code NotificationRenderer}), so that only what is sent is rendered. Thread-safe.
 */
public final class MatchingEngine {

    private final RuleIndex index;
    private final Directory directory;
    private final Forge forge;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    public MatchingEngine(RuleIndex index, Directory directory, Forge forge) {
        this.index = index;
        this.directory = directory;
        this.forge = forge;
    }

    public RuleIndex index() {
        return index;
    }

    public MatchResult match(MessageFacts facts) {
        if (facts.deprecated()) {
            return MatchResult.NONE;
        }
        Scratch scratch = this.scratch.get();
        List<IndexedRule> candidates = candidates(scratch, facts);
        if (candidates.isEmpty()) {
            return MatchResult.NONE;
        }
        scratch.beginDestinations(index.destinations.limit());
        String appKey = Filters.applicationKey(facts.appName());
        int severityBit = 1 << facts.severity().ordinal();
        Set<Long> toDisable = Set.of();
        for (IndexedRule candidate : candidates) {
            int produced = 0;
            for (IndexedRule.Generation generation : candidate.generations) {
                if (!generation.pass(appKey, severityBit, facts.topic(), facts.agentName(), candidate.owner)) {
                    continue;
                }
                // The owner is looked up only for rules that would notify: filters are cheap,
                // directory lookups are not, and most candidates filter the message out.
                if (produced == 0 && !candidate.ownerStatus.exists(directory)) {
                    toDisable = toDisable.isEmpty() ? new TreeSet<>() : toDisable;
                    toDisable.add(candidate.id());
                    break;
                }
                for (int d = 0; d < generation.destinationIds().length; d++) {
                    produced++;
                    scratch.notify(generation.destinationIds()[d], generation.destinations()[d], candidate);
                }
            }
            if (produced > 0) {
                scratch.count(candidate.id(), produced);
            }
        }
        if (scratch.destinations == 0 && toDisable.isEmpty()) {
            return MatchResult.NONE;
        }
        MatchedDestination[] destinations = new MatchedDestination[scratch.destinations];
        for (int i = 0; i < destinations.length; i++) {
            destinations[i] = scratch.matched(i);
        }
        return new MatchResult(Arrays.asList(destinations), scratch.counts(), toDisable);
    }

    private List<IndexedRule> candidates(Scratch candidates, MessageFacts facts) {
        candidates.begin(index.slotLimit());
        addArtifacts(candidates, ArtifactType.RPMS, facts.packages());
        addArtifacts(candidates, ArtifactType.CONTAINERS, facts.containers());
        addArtifacts(candidates, ArtifactType.MODULES, facts.modules());
        addArtifacts(candidates, ArtifactType.FLATPAKS, facts.flatpaks());
        if (facts.usernames() != null) {
            for (String username : facts.usernames()) {
                candidates.addAll(index.byRelatedUser.get(username));
            }
        }
        if (facts.agentName() != null) {
            candidates.addAll(index.byFollowedUser.get(facts.agentName()));
        }
        return candidates.rules;
    }

    private void addArtifacts(Scratch candidates, ArtifactType type, List<String> names) {
        if (names == null) {
            return;
        }
        for (String name : names) {
            Artifact artifact = new Artifact(type, name);
            candidates.addAll(index.byFollowedArtifact.get(artifact));
            Owners owners = forge.owners(artifact);
            for (String user : owners.users()) {
                candidates.addAll(index.byOwningUser.get(user));
            }
            for (String group : owners.groups()) {
                candidates.addAll(index.byOwningGroup.get(group));
            }
        }
    }

    /**
     * Per-thread working memory, reused from message to message: the candidate rules without
     * repeats (a rule is seen once however many of its keys the message names) and the
     * destinations notified so far. Instead of clearing sets, each rule slot and destination
     * number is marked with the number of the message that saw it last.
     */
    private static final class Scratch {
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
            Destination target = destination[position];
            return new MatchedDestination(target.protocol(), target.address(), ids, first.reason);
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
}
