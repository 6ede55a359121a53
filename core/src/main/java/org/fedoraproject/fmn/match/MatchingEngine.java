package org.fedoraproject.fmn.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.forge.Forge;
import org.fedoraproject.fmn.notification.Criterion;
import org.fedoraproject.fmn.notification.Notification;
import org.fedoraproject.fmn.notification.NotificationRenderer;
import org.fedoraproject.fmn.notification.Reason;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.fedoraproject.fmn.rule.Destination;
import org.fedoraproject.fmn.rule.GenerationRule;
import org.fedoraproject.fmn.rule.Protocol;
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
 *     produced them; the lowest rule id's rendering (footer, rule headers) is kept.</li>
 * </ol>
 * Messages of deprecated schemas notify nobody. Thread-safe.
 */
public final class MatchingEngine {

    private static final Comparator<Destination> DESTINATION_ORDER = Comparator
            .comparing((Destination d) -> d.protocol().key(), PythonFormat.CODE_POINT_ORDER)
            .thenComparing(Destination::address, PythonFormat.CODE_POINT_ORDER);

    private final RuleIndex index;
    private final Directory directory;
    private final Forge forge;
    private final NotificationRenderer renderer;

    public MatchingEngine(RuleIndex index, Directory directory, Forge forge, NotificationRenderer renderer) {
        this.index = index;
        this.directory = directory;
        this.forge = forge;
        this.renderer = renderer;
    }

    public RuleIndex index() {
        return index;
    }

    public MatchResult match(MessageFacts facts) {
        if (facts.deprecated()) {
            return MatchResult.NONE;
        }
        Map<Long, Rule> candidates = candidates(facts);
        if (candidates.isEmpty()) {
            return MatchResult.NONE;
        }
        Map<Destination, List<Rule>> byDestination = new TreeMap<>(DESTINATION_ORDER);
        Map<Long, Integer> generated = new HashMap<>();
        Set<Long> toDisable = new TreeSet<>();
        List<Rule> ordered = new ArrayList<>(candidates.values());
        ordered.sort(Comparator.comparingLong(Rule::id));
        for (Rule rule : ordered) {
            if (!directory.exists(rule.ownerName())) {
                toDisable.add(rule.id());
                continue;
            }
            for (GenerationRule generation : rule.generationRules()) {
                if (!generation.filters().pass(facts.appName(), facts.severity(), facts.topic(),
                        facts.agentName(), rule.ownerName())) {
                    continue;
                }
                for (Destination destination : generation.destinations()) {
                    generated.merge(rule.id(), 1, Integer::sum);
                    List<Rule> rules = byDestination.computeIfAbsent(destination, d -> new ArrayList<>(2));
                    if (rules.isEmpty() || rules.getLast() != rule) {
                        rules.add(rule);
                    }
                }
            }
        }
        List<Notification> notifications = new ArrayList<>(byDestination.size());
        byDestination.forEach((destination, rules) -> notifications.add(notification(facts, destination, rules)));
        return new MatchResult(notifications, generated, toDisable);
    }

    private Notification notification(MessageFacts facts, Destination destination, List<Rule> rules) {
        Rule first = rules.getFirst();
        Reason reason = new Reason(first.id(), first.name(), Criterion.of(first.trackingRule()));
        List<Long> ids = rules.stream().map(Rule::id).toList();
        return new Notification(facts.id(), destination.protocol(), destination.address(), ids, reason,
                renderer.render(facts, destination, reason));
    }

    private Map<Long, Rule> candidates(MessageFacts facts) {
        Map<Long, Rule> candidates = new HashMap<>();
        addArtifacts(candidates, ArtifactType.RPMS, facts.packages());
        addArtifacts(candidates, ArtifactType.CONTAINERS, facts.containers());
        addArtifacts(candidates, ArtifactType.MODULES, facts.modules());
        addArtifacts(candidates, ArtifactType.FLATPAKS, facts.flatpaks());
        if (facts.usernames() != null) {
            for (String username : facts.usernames()) {
                add(candidates, index.byRelatedUser.get(username));
            }
        }
        if (facts.agentName() != null) {
            add(candidates, index.byFollowedUser.get(facts.agentName()));
        }
        return candidates;
    }

    private void addArtifacts(Map<Long, Rule> candidates, ArtifactType type, List<String> names) {
        if (names == null) {
            return;
        }
        for (String name : names) {
            Artifact artifact = new Artifact(type, name);
            add(candidates, index.byFollowedArtifact.get(artifact));
            for (String user : forge.owningUsers(artifact)) {
                add(candidates, index.byOwningUser.get(user));
            }
            for (String group : forge.owningGroups(artifact)) {
                add(candidates, index.byOwningGroup.get(group));
            }
        }
    }

    private static void add(Map<Long, Rule> candidates, Rule[] rules) {
        for (Rule rule : rules) {
            candidates.putIfAbsent(rule.id(), rule);
        }
    }
}
