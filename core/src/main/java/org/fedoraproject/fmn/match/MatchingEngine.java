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
                if (produced == 0 && !directory.exists(candidate.owner)) {
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
        if (scratch.pending.isEmpty() && toDisable.isEmpty()) {
            return MatchResult.NONE;
        }
        List<MatchedDestination> destinations = new ArrayList<>(scratch.pending.size());
        for (Pending pending : scratch.pending) {
            destinations.add(pending.matched());
        }
        return new MatchResult(destinations, scratch.counts(), toDisable);
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

    /** A destination of the message being matched, and the rules that send to it. */
    private static final class Pending {
        private final Destination destination;
        private final List<IndexedRule> rules = new ArrayList<>(1);

        Pending(Destination destination) {
            this.destination = destination;
        }

        void add(IndexedRule rule) {
            // A rule's own repeats arrive together: one look at the last suffices.
            if (rules.isEmpty() || rules.getLast() != rule) {
                rules.add(rule);
            }
        }

        MatchedDestination matched() {
            IndexedRule first = rules.getFirst();
            List<Long> ids;
            if (rules.size() == 1) {
                ids = first.soleId;
            } else {
                long[] sorted = new long[rules.size()];
                for (int i = 0; i < sorted.length; i++) {
                    IndexedRule rule = rules.get(i);
                    sorted[i] = rule.id();
                    first = rule.id() < first.id() ? rule : first;
                }
                Arrays.sort(sorted);
                ids = Arrays.stream(sorted).boxed().toList();
            }
            return new MatchedDestination(destination.protocol(), destination.address(), ids, first.reason);
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
        private final List<Pending> pending = new ArrayList<>();
        private long[] countedRules = new long[16];
        private int[] counts = new int[16];
        private int counted;
        private int[] ruleSeenAt = new int[0];
        private int[] destinationSeenAt = new int[0];
        private int[] destinationPosition = new int[0];
        private int message;

        void begin(int slots) {
            rules.clear();
            pending.clear();
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

        void notify(int destinationId, Destination destination, IndexedRule rule) {
            if (destinationId >= destinationSeenAt.length) {
                beginDestinations(destinationId + 1);
            }
            Pending entry;
            if (destinationSeenAt[destinationId] == message) {
                entry = pending.get(destinationPosition[destinationId]);
            } else {
                destinationSeenAt[destinationId] = message;
                destinationPosition[destinationId] = pending.size();
                entry = new Pending(destination);
                pending.add(entry);
            }
            entry.add(rule);
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
