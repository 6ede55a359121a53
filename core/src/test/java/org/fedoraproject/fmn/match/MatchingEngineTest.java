package org.fedoraproject.fmn.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fedoraproject.fmn.match.Fixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fedoraproject.fmn.directory.InMemoryDirectory;
import org.fedoraproject.fmn.directory.Person;
import org.fedoraproject.fmn.forge.InMemoryForge;
import org.fedoraproject.fmn.forge.ProjectAccess;
import org.fedoraproject.fmn.forge.Role;
import org.fedoraproject.fmn.message.Severity;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.junit.jupiter.api.Test;

class MatchingEngineTest {

    private final List<Person> people = new ArrayList<>(List.of(
            person("alice", "python-sig"), person("bob"), person("carol", "python-sig"), person("dave")));
    private final List<ProjectAccess> projects = new ArrayList<>(List.of(
            project(rpm("vim"), "alice",
                    Map.of(Role.ADMIN, List.of("bob"), Role.TICKET, List.of("dave")),
                    Map.of(Role.COMMIT, List.of("python-sig"), Role.TICKET, List.of("qa"))),
            project(rpm("python-requests"), "carol", Map.of(Role.COLLABORATOR, List.of("dave")), Map.of()),
            project(new Artifact(ArtifactType.FLATPAKS, "vim"), "carol"),
            project(new Artifact(ArtifactType.CONTAINERS, "toolbox"), "bob"),
            project(new Artifact(ArtifactType.MODULES, "nodejs"), "bob")));

    private InMemoryDirectory directory;
    private InMemoryForge forge;
    private MatchingEngine engine;

    private MatchingEngine engine(Rule... rules) {
        directory = new InMemoryDirectory(people, Map.of("python-sig", Set.of("alice", "carol")));
        forge = new InMemoryForge(projects);
        engine = new MatchingEngine(RuleIndex.of(List.of(rules)), directory, forge);
        return engine;
    }

    /** The destinations' addresses, by protocol then address (the engine promises no order). */
    private static List<String> addresses(MatchResult result) {
        return sorted(result).stream().map(MatchedDestination::address).toList();
    }

    private static List<MatchedDestination> sorted(MatchResult result) {
        return result.destinations().stream()
                .sorted(java.util.Comparator.comparing((MatchedDestination d) -> d.protocol().key())
                        .thenComparing(MatchedDestination::address))
                .toList();
    }

    private List<String> notified(MessageFacts facts) {
        return addresses(engine.match(facts));
    }

    @Test
    void artifactsOwnedMatchesEveryOwningRoleButTicket() {
        engine(rule(1, "alice", owned("alice"), sendTo(email("alice@example.org"))),
                rule(2, "bob", owned("bob"), sendTo(email("bob@example.org"))),
                rule(3, "dave", owned("dave"), sendTo(email("dave@example.org"))));

        assertThat(notified(message().packages("vim").build()))
                .containsExactly("alice@example.org", "bob@example.org");
        assertThat(notified(message().packages("python-requests").build())).containsExactly("dave@example.org");
    }

    @Test
    void artifactsOwnedLooksAtEveryKindOfArtifact() {
        engine(rule(1, "bob", owned("bob"), sendTo(email("bob@example.org"))),
                rule(2, "carol", owned("carol"), sendTo(email("carol@example.org"))));

        assertThat(notified(message().containers("toolbox").build())).containsExactly("bob@example.org");
        assertThat(notified(message().modules("nodejs").build())).containsExactly("bob@example.org");
        assertThat(notified(message().flatpaks("vim").build())).containsExactly("carol@example.org");
        assertThat(notified(message().containers("vim").build())).isEmpty();
    }

    @Test
    void aNameThatIsNoDistGitProjectHasNoOwners() {
        engine(rule(1, "alice", owned("alice"), sendTo(email("alice@example.org"))));

        assertThat(notified(message().packages("not-in-dist-git").build())).isEmpty();
    }

    @Test
    void artifactsGroupOwnedMatchesWhenTheGroupHoldsTheArtifactButNotForTickets() {
        engine(rule(1, "carol", groupOwned("python-sig"), sendTo(email("carol@example.org"))),
                rule(2, "dave", groupOwned("qa"), sendTo(email("dave@example.org"))));

        assertThat(notified(message().packages("vim").build())).containsExactly("carol@example.org");
    }

    @Test
    void artifactsFollowedComparesNameAndType() {
        engine(rule(1, "dave", followed(rpm("vim")), sendTo(email("dave@example.org"))));

        assertThat(notified(message().packages("vim").build())).containsExactly("dave@example.org");
        assertThat(notified(message().flatpaks("vim").build())).isEmpty();
    }

    @Test
    void followingAnArtifactThatIsNoProjectStillMatchesItsName() {
        engine(rule(1, "dave", followed(rpm("retired-thing")), sendTo(email("dave@example.org"))));

        assertThat(notified(message().packages("retired-thing").build())).containsExactly("dave@example.org");
    }

    @Test
    void relatedEventsMatchWhenTheOwnerIsNamed() {
        engine(rule(1, "bob", related(), sendTo(email("bob@example.org"))));

        assertThat(notified(message().users("alice", "bob").build())).containsExactly("bob@example.org");
        assertThat(notified(message().users("alice").build())).isEmpty();
    }

    @Test
    void usersFollowedMatchesTheAgentOnlyAndNeverANullAgent() {
        engine(rule(1, "dave", usersFollowed("alice"), sendTo(email("dave@example.org"))));

        assertThat(notified(message().agent("alice").build())).containsExactly("dave@example.org");
        assertThat(notified(message().users("alice").build())).isEmpty();
        assertThat(notified(message().agent(null).users("alice").build())).isEmpty();
    }

    @Test
    void emptyFiltersLetEverythingThroughButDebugAndOwnActions() {
        engine(rule(1, "bob", related(), sendTo(email("bob@example.org"))));

        assertThat(notified(message().users("bob").severity(Severity.ERROR).app(null).build())).hasSize(1);
        assertThat(notified(message().users("bob").severity(Severity.DEBUG).build())).isEmpty();
        assertThat(notified(message().users("bob").agent("bob").build())).isEmpty();
    }

    @Test
    void debugMessagesAreFilteredByDefaultAndSentWhenAskedFor() {
        engine(rule(1, "bob", related(), sendTo(filters(Set.of(), Set.of(), Set.of(Severity.DEBUG), null, false),
                email("bob@example.org"))));

        assertThat(notified(message().users("bob").severity(Severity.DEBUG).build())).hasSize(1);
        assertThat(notified(message().users("bob").severity(Severity.INFO).build())).isEmpty();
    }

    @Test
    void myActionsDecidesWhetherTheOwnersOwnEventsNotify() {
        engine(rule(1, "alice", owned("alice"), sendTo(email("alice@example.org"))),
                rule(2, "bob", owned("bob"), sendTo(filters(Set.of(), Set.of(), Set.of(), null, true),
                        email("bob@example.org"))));

        assertThat(notified(message().packages("vim").agent("alice").build())).containsExactly("bob@example.org");
        assertThat(notified(message().packages("vim").agent("bob").build()))
                .containsExactly("alice@example.org", "bob@example.org");
    }

    @Test
    void applicationFiltersIgnoreCaseOnBothSides() {
        engine(rule(1, "bob", related(), sendTo(filters(Set.of("copr"), Set.of(), Set.of(), null, false),
                email("bob@example.org"))),
                rule(2, "bob", related(), sendTo(filters(Set.of(), Set.of("koji"), Set.of(), null, false),
                        email("bob@work.example.org"))));

        assertThat(notified(message().users("bob").app("Copr").build()))
                .containsExactly("bob@example.org", "bob@work.example.org");
        assertThat(notified(message().users("bob").app("KOJI").build())).isEmpty();
    }

    @Test
    void aMessageWithoutAppPassesExclusionsButNoApplicationList() {
        engine(rule(1, "bob", related(), sendTo(filters(Set.of("bodhi"), Set.of(), Set.of(), null, false),
                email("bob@example.org"))),
                rule(2, "bob", related(), sendTo(filters(Set.of(), Set.of("bodhi"), Set.of(), null, false),
                        email("bob@work.example.org"))));

        assertThat(notified(message().users("bob").app(null).build())).containsExactly("bob@work.example.org");
    }

    @Test
    void topicFiltersAreShellGlobs() {
        engine(rule(1, "bob", related(), sendTo(filters(Set.of(), Set.of(), Set.of(), "*.bodhi.update.*", false),
                email("bob@example.org"))),
                rule(2, "bob", related(), sendTo(filters(Set.of(), Set.of(), Set.of(), "*.buildsys.?ag", false),
                        email("bob@koji.example.org"))),
                rule(3, "bob", related(), sendTo(filters(Set.of(), Set.of(), Set.of(), "*.BODHI.*", false),
                        email("bob@case.example.org"))));

        assertThat(notified(message().users("bob").topic("org.fedoraproject.prod.bodhi.update.comment").build()))
                .containsExactly("bob@example.org");
        assertThat(notified(message().users("bob").topic("org.fedoraproject.prod.buildsys.tag").build()))
                .containsExactly("bob@koji.example.org");
    }

    @Test
    void nullNamesThatSomeSchemasListAreIgnored() {
        engine(rule(1, "alice", owned("alice"), sendTo(email("alice@example.org"))),
                rule(2, "bob", related(), sendTo(email("bob@example.org"))));
        java.util.List<String> withNull = new java.util.ArrayList<>(java.util.Arrays.asList(null, "vim"));
        Fixtures.Facts facts = message();
        facts.packages = withNull;
        facts.usernames = new java.util.ArrayList<>(java.util.Arrays.asList("bob", null));

        assertThat(notified(facts.build())).containsExactly("alice@example.org", "bob@example.org");
    }

    @Test
    void deprecatedSchemasNotifyNobody() {
        engine(rule(1, "bob", related(), sendTo(email("bob@example.org"))));

        assertThat(engine.match(message().users("bob").deprecated().build())).isEqualTo(MatchResult.NONE);
    }

    @Test
    void deletedUsersRulesProduceNothingAndAreReported() {
        people.removeIf(p -> p.username().equals("bob"));
        engine(rule(7, "bob", related(), sendTo(email("bob@example.org"))),
                rule(8, "alice", owned("alice"), sendTo(email("alice@example.org"))));

        MatchResult result = engine.match(message().users("bob").packages("vim").build());

        assertThat(addresses(result)).containsExactly("alice@example.org");
        assertThat(result.rulesToDisable()).containsExactly(7L);
        assertThat(result.generatedPerRule()).containsOnlyKeys(8L);
    }

    @Test
    void accountChangesApplyAtOnce() {
        engine(rule(7, "bob", related(), sendTo(email("bob@example.org"))));
        MessageFacts aboutBob = message().users("bob").build();
        assertThat(notified(aboutBob)).containsExactly("bob@example.org");

        directory.remove("bob");
        MatchResult afterDeletion = engine.match(aboutBob);
        directory.put(person("bob"));

        assertThat(afterDeletion.destinations()).isEmpty();
        assertThat(afterDeletion.rulesToDisable()).containsExactly(7L);
        assertThat(notified(aboutBob)).containsExactly("bob@example.org");
    }

    @Test
    void theSameNotificationFromTwoRulesIsSentOnceNamingBoth() {
        engine(rule(4, "alice", owned("alice"), sendTo(email("alice@example.org"))),
                rule(3, "alice", related(), sendTo(email("alice@example.org"), matrix("@alice:fedora.im"))));

        MatchResult result = engine.match(message().packages("vim").users("alice").build());

        assertThat(result.destinations()).hasSize(2);
        MatchedDestination mail = sorted(result).getFirst();
        assertThat(mail.ruleIds()).containsExactly(3L, 4L);
        assertThat(mail.reason().ruleId()).isEqualTo(3L);
        assertThat(result.generatedPerRule()).containsExactlyInAnyOrderEntriesOf(Map.of(3L, 2, 4L, 1));
    }

    @Test
    void anArtifactOwnedThroughAUserAndTheirGroupNotifiesOnce() {
        engine(rule(1, "alice", owned("alice"), sendTo(email("alice@example.org"))),
                rule(2, "alice", groupOwned("python-sig"), sendTo(email("alice@example.org"))),
                rule(3, "carol", owned("alice", "carol"), sendTo(email("carol@example.org"))));

        MatchResult result = engine.match(message().packages("vim", "python-requests").build());

        assertThat(sorted(result)).extracting(MatchedDestination::address, MatchedDestination::ruleIds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alice@example.org", List.of(1L, 2L)),
                        org.assertj.core.groups.Tuple.tuple("carol@example.org", List.of(3L)));
        assertThat(result.generatedPerRule()).containsEntry(3L, 1);
    }

    @Test
    void everyGenerationRuleThatPassesCountsForTheRule() {
        engine(rule(1, "bob", related(),
                sendTo(email("bob@example.org"), irc("bob")),
                sendTo(filters(Set.of(), Set.of(), Set.of(Severity.ERROR), null, false), email("bob@example.org"))));

        MatchResult info = engine.match(message().users("bob").build());
        MatchResult error = engine.match(message().users("bob").severity(Severity.ERROR).build());

        assertThat(info.generatedPerRule()).containsEntry(1L, 2);
        assertThat(error.generatedPerRule()).containsEntry(1L, 3);
        assertThat(addresses(error)).containsExactly("bob@example.org", "bob");
    }

    @Test
    void ruleChangesApplyWithoutRebuildingTheIndex() {
        Rule followsVim = rule(1, "dave", followed(rpm("vim")), sendTo(email("dave@example.org")));
        engine();
        MessageFacts vim = message().packages("vim").build();
        assertThat(notified(vim)).isEmpty();

        engine.index().put(followsVim);
        assertThat(notified(vim)).containsExactly("dave@example.org");

        engine.index().put(rule(1, "dave", followed(rpm("emacs")), sendTo(email("dave@example.org"))));
        assertThat(notified(vim)).isEmpty();
        assertThat(notified(message().packages("emacs").build())).containsExactly("dave@example.org");

        engine.index().put(disabled(followsVim));
        assertThat(notified(vim)).isEmpty();
        assertThat(engine.index().size()).isZero();

        engine.index().put(followsVim);
        engine.index().remove(1);
        assertThat(notified(vim)).isEmpty();
    }

    @Test
    void disabledRulesAreNotLoaded() {
        engine(disabled(rule(1, "bob", related(), sendTo(email("bob@example.org")))));

        assertThat(notified(message().users("bob").build())).isEmpty();
    }

    @Test
    void ownershipChangesApplyAtOnce() {
        engine(rule(1, "dave", owned("dave"), sendTo(email("dave@example.org"))));
        assertThat(notified(message().packages("vim").build())).isEmpty();

        forge.put(project(rpm("vim"), "dave"));

        assertThat(notified(message().packages("vim").build())).containsExactly("dave@example.org");
    }

    @Test
    void aForgeThatGivesNoGenerationIsAskedForEveryMessage() {
        engine();
        // Only access() and owners() are forwarded: generation() stays the default, "do not keep".
        org.fedoraproject.fmn.forge.Forge forgetful = new org.fedoraproject.fmn.forge.Forge() {
            @Override
            public java.util.Optional<org.fedoraproject.fmn.forge.ProjectAccess> access(Artifact artifact) {
                return forge.access(artifact);
            }
        };
        MatchingEngine asking = new MatchingEngine(
                RuleIndex.of(List.of(rule(1, "dave", owned("dave"), sendTo(email("dave@example.org"))))), directory,
                forgetful);
        assertThat(addresses(asking.match(message().packages("vim").build()))).isEmpty();

        forge.put(project(rpm("vim"), "dave"));

        assertThat(addresses(asking.match(message().packages("vim").build()))).containsExactly("dave@example.org");
    }
}
