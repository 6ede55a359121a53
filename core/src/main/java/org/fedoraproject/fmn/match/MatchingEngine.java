package org.fedoraproject.fmn.match;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.forge.Forge;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;
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
    /**
     * Working memories not in use. Taken for one match and given back, rather than kept per
     * thread: each is sized by the index (hundreds of KB at Fedora's scale), and a service
     * running a virtual thread per message would otherwise make one per message.
     */
    private final ConcurrentLinkedDeque<MatchScratch> idle = new ConcurrentLinkedDeque<>();

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
        MatchScratch scratch = idle.pollFirst();
        if (scratch == null) {
            scratch = new MatchScratch();
        }
        try {
            return match(facts, scratch);
        } finally {
            idle.addFirst(scratch); // the most recently used, whose memory is likeliest in cache, goes first
        }
    }

    private MatchResult match(MessageFacts facts, MatchScratch scratch) {
        RuleIndex.Tables tables = index.tables();
        collectCandidates(scratch, tables, facts);
        if (scratch.candidateCount() == 0) {
            return MatchResult.NONE;
        }
        // Read after the candidates' slots were found in posting lists: holds their rows.
        RuleTable.Columns columns = tables.rules.columns();
        scratch.beginDestinations(tables.destinations.limit(), tables.filterValues.globLimit());
        Traits message = new Traits(Filters.applicationKey(facts.appName()), 1 << facts.severity().ordinal(),
                facts.topic(), tables.owners.numberOf(facts.agentName()));
        Set<Long> toDisable = Set.of();
        int[] candidates = scratch.candidates();
        for (int c = 0; c < scratch.candidateCount(); c++) {
            int slot = candidates[c];
            long summary = columns.summaries()[slot];
            int owner = RuleTable.owner(summary);
            boolean ownAction = owner == message.agent();
            // Most candidates end here, having read one word.
            if (!RuleTable.mayNotify(summary, message.severityBit(), ownAction)) {
                continue;
            }
            // Plain rules are decided already; the others by their generation rules' filters.
            IndexedRule.Generation[] generations = RuleTable.isPlain(summary) ? null : columns.rules()[slot].generations;
            int passing = generations == null ? 0 : nextPassing(generations, 0, message, ownAction, scratch);
            if (passing < 0) {
                continue;
            }
            // The owner is looked up only for rules that would notify: filters are cheap,
            // account lookups are not, and most candidates filter the message out.
            if (!tables.owners.exists(owner, directory)) {
                toDisable = toDisable.isEmpty() ? new TreeSet<>() : toDisable;
                toDisable.add(columns.ruleIds()[slot]);
                continue;
            }
            int produced = generations == null
                    ? notify(scratch, slot, RuleTable.destination(summary))
                    : notifyPassing(scratch, slot, generations, passing, message, ownAction);
            if (produced > 0) {
                scratch.count(slot, produced);
            }
        }
        if (scratch.destinationCount() == 0 && toDisable.isEmpty()) {
            return MatchResult.NONE;
        }
        MatchedDestination[] destinations = new MatchedDestination[scratch.destinationCount()];
        for (int i = 0; i < destinations.length; i++) {
            destinations[i] = scratch.matched(i, tables, columns);
        }
        return new MatchResult(Arrays.asList(destinations), scratch.counts(columns), toDisable);
    }

    /**
     * What the filters look at, taken once per message.
     *
     * @param appKey the application name as filters compare it ({@link Filters#applicationKey})
     * @param severityBit the severity as a bit of a severity mask
     * @param agent the agent's owner number, -1 when the agent owns no rule
     */
    record Traits(String appKey, int severityBit, String topic, int agent) {
    }

    private static int notify(MatchScratch scratch, int slot, int destination) {
        scratch.notify(destination, slot);
        return 1;
    }

    /** Notifies the destinations of every generation rule the message passes, from the first one found; returns how many. */
    private static int notifyPassing(MatchScratch scratch, int slot, IndexedRule.Generation[] generations, int first,
            Traits message, boolean ownAction) {
        int produced = 0;
        for (int g = first; g >= 0; g = nextPassing(generations, g + 1, message, ownAction, scratch)) {
            for (int destination : generations[g].destinationIds()) {
                scratch.notify(destination, slot);
            }
            produced += generations[g].destinationIds().length;
        }
        return produced;
    }

    /** The first generation rule from {@code from} on that the message passes; -1 if none. */
    private static int nextPassing(IndexedRule.Generation[] generations, int from, Traits message, boolean ownAction,
            MatchScratch scratch) {
        for (int g = from; g < generations.length; g++) {
            if (generations[g].pass(message, ownAction, scratch)) {
                return g;
            }
        }
        return -1;
    }

    private void collectCandidates(MatchScratch candidates, RuleIndex.Tables tables, MessageFacts facts) {
        candidates.begin(tables.rules.slotLimit());
        addArtifacts(candidates, tables, ArtifactType.RPMS, facts.packages());
        addArtifacts(candidates, tables, ArtifactType.CONTAINERS, facts.containers());
        addArtifacts(candidates, tables, ArtifactType.MODULES, facts.modules());
        addArtifacts(candidates, tables, ArtifactType.FLATPAKS, facts.flatpaks());
        if (facts.usernames() != null) {
            for (String username : facts.usernames()) {
                candidates.addAll(tables.byRelatedUser.get(username));
            }
        }
        if (facts.agentName() != null) {
            candidates.addAll(tables.byFollowedUser.get(facts.agentName()));
        }
    }

    private void addArtifacts(MatchScratch candidates, RuleIndex.Tables tables, ArtifactType type, List<String> names) {
        if (names == null) {
            return;
        }
        for (String name : names) {
            if (name == null) { // a schema can list None (upstream's quirk); it names nothing
                continue;
            }
            candidates.addAll(tables.artifactCandidates.of(new Artifact(type, name), tables, forge));
        }
    }
}
