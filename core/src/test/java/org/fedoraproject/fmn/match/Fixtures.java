package org.fedoraproject.fmn.match;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fedoraproject.fmn.directory.ChatAccount;
import org.fedoraproject.fmn.directory.Person;
import org.fedoraproject.fmn.forge.ProjectAccess;
import org.fedoraproject.fmn.forge.Role;
import org.fedoraproject.fmn.message.Severity;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.fedoraproject.fmn.rule.Destination;
import org.fedoraproject.fmn.rule.Filters;
import org.fedoraproject.fmn.rule.GenerationRule;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.rule.TopicGlob;
import org.fedoraproject.fmn.rule.TrackingRule;
import org.fedoraproject.fmn.schema.MessageFacts;

/** Small builders for rules, people, projects and message facts in matching tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Person person(String username, String... groups) {
        return new Person(username, List.of(username + "@example.org"),
                List.of(new ChatAccount(Protocol.MATRIX, "@" + username + ":fedora.im")), Set.of(groups));
    }

    static Artifact rpm(String name) {
        return new Artifact(ArtifactType.RPMS, name);
    }

    /** A project owned by {@code owner}, with more users and groups per role. */
    static ProjectAccess project(Artifact artifact, String owner, Map<Role, List<String>> users,
            Map<Role, List<String>> groups) {
        Map<Role, List<String>> allUsers = new EnumMap<>(Role.class);
        allUsers.putAll(users);
        allUsers.put(Role.OWNER, List.of(owner));
        return new ProjectAccess(artifact, allUsers, groups);
    }

    static ProjectAccess project(Artifact artifact, String owner) {
        return project(artifact, owner, Map.of(), Map.of());
    }

    static Destination email(String address) {
        return new Destination(Protocol.EMAIL, address);
    }

    static Destination matrix(String address) {
        return new Destination(Protocol.MATRIX, address);
    }

    static Destination irc(String nick) {
        return new Destination(Protocol.IRC, nick);
    }

    static GenerationRule sendTo(Filters filters, Destination... destinations) {
        return new GenerationRule(null, List.of(destinations), filters);
    }

    static GenerationRule sendTo(Destination... destinations) {
        return sendTo(Filters.NONE, destinations);
    }

    static Filters filters(Set<String> applications, Set<String> excluded, Set<Severity> severities, String topic,
            boolean myActions) {
        return new Filters(applications, excluded, severities, topic == null ? null : TopicGlob.of(topic), myActions);
    }

    static Rule rule(long id, String owner, TrackingRule tracking, GenerationRule... generation) {
        return new Rule(id, "rule " + id, false, new Rule.RuleOwner(null, owner, false), tracking,
                List.of(generation), 0);
    }

    static Rule disabled(Rule rule) {
        return new Rule(rule.id(), rule.name(), true, rule.owner(), rule.trackingRule(), rule.generationRules(),
                rule.generatedLastWeek());
    }

    static TrackingRule owned(String... usernames) {
        return new TrackingRule.ArtifactsOwned(Set.of(usernames));
    }

    static TrackingRule groupOwned(String... groups) {
        return new TrackingRule.ArtifactsGroupOwned(Set.of(groups));
    }

    static TrackingRule followed(Artifact... artifacts) {
        return new TrackingRule.ArtifactsFollowed(List.of(artifacts));
    }

    static TrackingRule related() {
        return new TrackingRule.RelatedEvents();
    }

    static TrackingRule usersFollowed(String... usernames) {
        return new TrackingRule.UsersFollowed(Set.of(usernames));
    }

    /** Message facts, built fluently from sensible defaults (an info bodhi message about nothing). */
    static final class Facts {
        String id = "m1";
        String topic = "org.fedoraproject.prod.bodhi.update.comment";
        boolean deprecated;
        Severity severity = Severity.INFO;
        String app = "bodhi";
        String agent;
        List<String> usernames = new ArrayList<>();
        List<String> packages = new ArrayList<>();
        List<String> containers = new ArrayList<>();
        List<String> modules = new ArrayList<>();
        List<String> flatpaks = new ArrayList<>();
        String summary = "something happened";
        String text = "something happened, at length";
        String url = "https://example.org/event";

        Facts id(String value) {
            id = value;
            return this;
        }

        Facts topic(String value) {
            topic = value;
            return this;
        }

        Facts deprecated() {
            deprecated = true;
            return this;
        }

        Facts severity(Severity value) {
            severity = value;
            return this;
        }

        Facts app(String value) {
            app = value;
            return this;
        }

        Facts agent(String value) {
            agent = value;
            return this;
        }

        Facts users(String... values) {
            usernames = List.of(values);
            return this;
        }

        Facts packages(String... values) {
            packages = List.of(values);
            return this;
        }

        Facts containers(String... values) {
            containers = List.of(values);
            return this;
        }

        Facts modules(String... values) {
            modules = List.of(values);
            return this;
        }

        Facts flatpaks(String... values) {
            flatpaks = List.of(values);
            return this;
        }

        Facts summary(String value) {
            summary = value;
            return this;
        }

        Facts url(String value) {
            url = value;
            return this;
        }

        MessageFacts build() {
            return new MessageFacts(id, topic, null, deprecated, severity, app, null, agent, usernames, List.of(),
                    packages, containers, modules, flatpaks, summary, text, url, null);
        }
    }

    static Facts message() {
        return new Facts();
    }
}
