package org.fedoraproject.fmn.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.forge.Forge;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.fedoraproject.fmn.rule.Destination;
import org.fedoraproject.fmn.rule.Filters;
import org.fedoraproject.fmn.rule.GenerationRule;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.PythonFormat;

/**
 * Decides which notifications a message makes, with FMN's semantics, at a cost that grows
 * with what the message names (its artifacts, their owners, its people) rather than with the
 * number of rules:
 * <ol>
 * <li>candidates: the rules indexed under the message's artifacts' owning users and groups
 *     (asked of the forge), its artifacts, its users and its agent;</li>
 * <li>rules whose owner is gone from the directory produce nothing and are reported;</li>
 * <li>each generation rule whose filters all pass yields a notification per destination;</li>
 * <li>notifications to the same protocol and address are sent once, listing every rule that
 *     produced them; the lowest rule id is the reason given (its footer, its rule headers).</li>
 * </ol>
 * Messages of deprecated schemas notify nobody. Rendering is the next stage
 * ({@code NotificationRenderer}), so that only what is sent is rendered. Thread-safe.
 */
public final class MatchingEngine {

    private static final Comparator<MatchedDestination> DESTINATION_ORDER = Comparator
            .comparing((MatchedDestination d) -> d.protocol().key(), PythonFormat.CODE_POINT_ORDER)
            .thenComparing(MatchedDestination::address, PythonFormat.CODE_POINT_ORDER);

    private final RuleIndex index;
    private final Directory directory;
    private final Forge forge;
    private final ThreadLocal<Candidates> scratch = ThreadLocal.withInitial(Candidates::new);

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
        List<IndexedRule> candidates = candidates(facts);
        if (candidates.isEmpty()) {
            return MatchResult.NONE;
        }
        String appKey = Filters.applicationKey(facts.appName());
        Map<Destination, List<Rule>> byDestination = new HashMap<>();
        Map<Long, Integer> generated = new HashMap<>();
        Set<Long> toDisable = Set.of();
        for (IndexedRule candidate : candidates) {
            Rule rule = candidate.rule();
            if (!directory.exists(rule.ownerName())) {
                toDisable = toDisable.isEmpty() ? new TreeSet<>() : toDisable;
                toDisable.add(rule.id());
                continue;
            }
            int produced = 0;
            for (GenerationRule generation : rule.generationRules()) {
                if (!generation.filters().pass(appKey, facts.severity(), facts.topic(), facts.agentName(),
                        rule.ownerName())) {
                    continue;
                }
                for (Destination destination : generation.destinations()) {
                    produced++;
                    List<Rule> rules = byDestination.computeIfAbsent(destination, d -> new ArrayList<>(2));
                    // A rule's own repeats arrive together: one look at the last suffices.
                    if (rules.isEmpty() || rules.getLast() != rule) {
                        rules.add(rule);
                    }
                }
            }
            if (produced > 0) {
                generated.put(rule.id(), produced);
            }
        }
        if (byDestination.isEmpty() && toDisable.isEmpty()) {
            return MatchResult.NONE;
        }
        MatchedDestination[] destinations = new MatchedDestination[byDestination.size()];
        int i = 0;
        for (Map.Entry<Destination, List<Rule>> entry : byDestination.entrySet()) {
            destinations[i++] = matched(entry.getKey(), entry.getValue());
        }
        Arrays.sort(destinations, DESTINATION_ORDER);
        return new MatchResult(Arrays.asList(destinations), generated, toDisable);
    }

    private static MatchedDestination matched(Destination destination, List<Rule> rules) {
        if (rules.size() > 1) {
            rules.sort(Comparator.comparingLong(Rule::id));
        }
        Rule first = rules.getFirst();
        Long[] ids = new Long[rules.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = rules.get(i).id();
        }
        Reason reason = new Reason(first.id(), first.name(), Criterion.of(first.trackingRule()));
        return new MatchedDestination(destination.protocol(), destination.address(), Arrays.asList(ids), reason);
    }

    private List<IndexedRule> candidates(MessageFacts facts) {
        Candidates candidates = scratch.get();
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

    private void addArtifacts(Candidates candidates, ArtifactType type, List<String> names) {
        if (names == null) {
            return;
        }
        for (String name : names) {
            Artifact artifact = new Artifact(type, name);
            candidates.addAll(index.byFollowedArtifact.get(artifact));
            for (String user : forge.owningUsers(artifact)) {
                candidates.addAll(index.byOwningUser.get(user));
            }
            for (String group : forge.owningGroups(artifact)) {
                candidates.addAll(index.byOwningGroup.get(group));
            }
        }
    }

    /**
     * The candidate rules of the message being matched, without repeats: a rule is seen once
     * however many of its keys the message names. Reused by each thread from message to message;
     * a rule's slot is marked with the message's number instead of clearing a set.
     */
    private static final class Candidates {
        private final List<IndexedRule> rules = new ArrayList<>();
        private int[] seenAt = new int[0];
        private int message;

        void begin(int slots) {
            rules.clear();
            if (seenAt.length < slots) {
                seenAt = Arrays.copyOf(seenAt, Math.max(slots, seenAt.length * 2));
            }
            if (++message == 0) { // wrapped around: forget every mark
                Arrays.fill(seenAt, 0);
                message = 1;
            }
        }

        void addAll(IndexedRule[] found) {
            for (IndexedRule rule : found) {
                // Rules added while this message is matched may have slots past the array.
                if (rule.slot() >= seenAt.length) {
                    seenAt = Arrays.copyOf(seenAt, rule.slot() * 2 + 1);
                }
                if (seenAt[rule.slot()] != message) {
                    seenAt[rule.slot()] = message;
                    rules.add(rule);
                }
            }
        }
    }
}
