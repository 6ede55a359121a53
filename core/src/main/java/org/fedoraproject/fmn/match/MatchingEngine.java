package org.fedoraproject.fmn.match;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.forge.Forge;
import org.fedoraproject.fmn.forge.Owners;
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
    private final ThreadLocal<MatchScratch> scratch = ThreadLocal.withInitial(MatchScratch::new);

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
        MatchScratch scratch = this.scratch.get();
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
        if (scratch.destinationCount() == 0 && toDisable.isEmpty()) {
            return MatchResult.NONE;
        }
        MatchedDestination[] destinations = new MatchedDestination[scratch.destinationCount()];
        for (int i = 0; i < destinations.length; i++) {
            destinations[i] = scratch.matched(i);
        }
        return new MatchResult(Arrays.asList(destinations), scratch.counts(), toDisable);
    }

    private List<IndexedRule> candidates(MatchScratch candidates, MessageFacts facts) {
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
        return candidates.candidates();
    }

    private void addArtifacts(MatchScratch candidates, ArtifactType type, List<String> names) {
        if (names == null) {
            return;
        }
        for (String name : names) {
            if (name == null) { // a schema can list None (upstream's quirk); it names nothing
                continue;
            }
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
}
