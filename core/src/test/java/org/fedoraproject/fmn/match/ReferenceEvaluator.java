package org.fedoraproject.fmn.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.forge.Forge;
import org.fedoraproject.fmn.forge.ProjectAccess;
import org.fedoraproject.fmn.forge.Role;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.fedoraproject.fmn.rule.Destination;
import org.fedoraproject.fmn.rule.Filters;
import org.fedoraproject.fmn.rule.GenerationRule;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.rule.TrackingRule;
import org.fedoraproject.fmn.schema.MessageFacts;

/**
 * FMN's semantics written for obviousness, not speed: every rule is tried against the message,
 * the way the Python FMN does it. The matching engine must give exactly the same answers.
 */
final class ReferenceEvaluator {

    /** A notification as the engine's output is compared: who gets it and which rules made it. */
    record Outcome(String protocol, String address, List<Long> ruleIds) {
    }

    record Result(List<Outcome> notifications, Map<Long, Integer> generatedPerRule, Set<Long> rulesToDisable) {
    }

    private ReferenceEvaluator() {
    }

    static Result evaluate(List<Rule> rules, Directory directory, Forge forge, MessageFacts message) {
        Map<String, TreeSet<Long>> byDestination = new TreeMap<>();
        Map<Long, Integer> generated = new HashMap<>();
        Set<Long> toDisable = new TreeSet<>();
        if (!message.deprecated()) {
            List<Rule> sorted = new ArrayList<>(rules);
            sorted.sort(Comparator.comparingLong(Rule::id));
            for (Rule rule : sorted) {
                if (rule.disabled() || !tracks(rule, message, forge)) {
                    continue;
                }
                boolean wouldNotify = rule.generationRules().stream()
                        .anyMatch(g -> passes(g.filters(), message, rule.ownerName()));
                if (wouldNotify && directory.person(rule.ownerName()).isEmpty()) {
                    toDisable.add(rule.id());
                    continue;
                }
                for (GenerationRule generation : rule.generationRules()) {
                    if (passes(generation.filters(), message, rule.ownerName())) {
                        for (Destination destination : generation.destinations()) {
                            generated.merge(rule.id(), 1, Integer::sum);
                            byDestination.computeIfAbsent(destination.protocol().key() + "\n" + destination.address(),
                                    k -> new TreeSet<>()).add(rule.id());
                        }
                    }
                }
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        byDestination.forEach((key, ids) -> {
            String[] parts = key.split("\n", 2);
            outcomes.add(new Outcome(parts[0], parts[1], List.copyOf(ids)));
        });
        return new Result(outcomes, generated, toDisable);
    }

    static Result of(MatchResult result) {
        return new Result(result.destinations().stream()
                .map(n -> new Outcome(n.protocol().key(), n.address(), n.ruleIds()))
                .sorted(Comparator.comparing(Outcome::protocol).thenComparing(Outcome::address)).toList(),
                result.generatedPerRule(), result.rulesToDisable());
    }

    private static boolean tracks(Rule rule, MessageFacts message, Forge forge) {
        List<Artifact> artifacts = artifactsOf(message);
        return switch (rule.trackingRule()) {
            case TrackingRule.ArtifactsOwned owned -> artifacts.stream().anyMatch(a -> holders(forge.access(a), true,
                    List.of(Role.OWNER, Role.ADMIN, Role.COMMIT, Role.COLLABORATOR)).stream()
                    .anyMatch(owned.usernames()::contains));
            case TrackingRule.ArtifactsGroupOwned owned -> artifacts.stream().anyMatch(a -> holders(forge.access(a),
                    false, List.of(Role.ADMIN, Role.COMMIT, Role.COLLABORATOR)).stream()
                    .anyMatch(owned.groups()::contains));
            case TrackingRule.ArtifactsFollowed followed -> followed.artifacts().stream().anyMatch(artifacts::contains);
            case TrackingRule.RelatedEvents related -> message.usernames().contains(rule.ownerName());
            case TrackingRule.UsersFollowed people ->
                    message.agentName() != null && people.usernames().contains(message.agentName());
        };
    }

    private static List<String> holders(Optional<ProjectAccess> access, boolean users, List<Role> roles) {
        List<String> names = new ArrayList<>();
        access.ifPresent(a -> roles.forEach(role -> names.addAll((users ? a.users() : a.groups())
                .getOrDefault(role, List.of()))));
        return names;
    }

    private static List<Artifact> artifactsOf(MessageFacts message) {
        List<Artifact> artifacts = new ArrayList<>();
        message.packages().forEach(n -> artifacts.add(new Artifact(ArtifactType.RPMS, n)));
        message.containers().forEach(n -> artifacts.add(new Artifact(ArtifactType.CONTAINERS, n)));
        message.modules().forEach(n -> artifacts.add(new Artifact(ArtifactType.MODULES, n)));
        message.flatpaks().forEach(n -> artifacts.add(new Artifact(ArtifactType.FLATPAKS, n)));
        return artifacts;
    }

    private static boolean passes(Filters filters, MessageFacts message, String owner) {
        String app = message.appName() == null ? null : message.appName().toLowerCase(Locale.ROOT);
        if (!filters.applicationKeys().isEmpty() && (app == null || !filters.applicationKeys().contains(app))) {
            return false;
        }
        if (app != null && filters.excludedApplicationKeys().contains(app)) {
            return false;
        }
        if (!filters.severities().contains(message.severity())) {
            return false;
        }
        if (filters.topic() != null && !filters.topic().matches(message.topic())) {
            return false;
        }
        return filters.myActions() || !owner.equals(message.agentName());
    }
}
