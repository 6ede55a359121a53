package org.fedoraproject.fmn.cache.invalidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fedoraproject.fmn.cache.TestClock;
import org.fedoraproject.fmn.cache.services.CachingDirectory;
import org.fedoraproject.fmn.cache.services.CachingForge;
import org.fedoraproject.fmn.cache.services.CachingProjectCatalog;
import org.fedoraproject.fmn.directory.InMemoryDirectory;
import org.fedoraproject.fmn.directory.Person;
import org.fedoraproject.fmn.forge.InMemoryForge;
import org.fedoraproject.fmn.forge.ProjectAccess;
import org.fedoraproject.fmn.forge.Role;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.junit.jupiter.api.Test;

/**
 * After the message, the next lookup (the one matching that message makes) sees the new owner
 * or account: the services behind the cache change first, the cache answers the old state until
 * the message is handled.
 */
class NextMatchSeesTheChangeTest {

    private static final Artifact PROJECT = new Artifact(ArtifactType.RPMS, "fedocal-messages");

    private final TestClock clock = TestClock.now();
    private final RecordingCache cache = new RecordingCache(clock);
    private final CacheInvalidation invalidation = new BusInvalidation(cache, URI.create(BusInvalidationTest.DISTGIT));

    @Test
    void aUserAddedToAProjectIsAnOwnerAtTheNextLookup() {
        InMemoryForge distgit = new InMemoryForge(List.of(access(Map.of(Role.OWNER, List.of("pingou")))));
        CachingForge forge = new CachingForge(distgit, cache, clock);
        CachingProjectCatalog catalog = new CachingProjectCatalog(distgit, cache, clock);
        assertThat(forge.owners(PROJECT).users()).containsExactly("pingou");
        assertThat(catalog.ofUser("newu")).isEmpty();
        long generation = forge.generation();

        distgit.put(access(Map.of(Role.OWNER, List.of("pingou"), Role.ADMIN, List.of("newu"))));
        assertThat(forge.owners(PROJECT).users()).containsExactly("pingou");
        assertThat(catalog.ofUser("newu")).isEmpty();

        invalidation.handle(BusInvalidationTest.inDistGit(CorpusMessages.first("pagure.project.user.added")));

        assertThat(forge.generation()).isNotEqualTo(generation);
        assertThat(forge.owners(PROJECT).users()).containsExactlyInAnyOrder("pingou", "newu");
        assertThat(catalog.ofUser("newu")).containsExactly(PROJECT);
    }

    @Test
    void aGroupRemovedFromAProjectNoLongerOwnsItAtTheNextLookup() {
        InMemoryForge distgit = new InMemoryForge(List.of(new ProjectAccess(PROJECT, Map.of(Role.OWNER, List.of("pingou")),
                Map.of(Role.COMMIT, List.of("dummy-group")))));
        CachingForge forge = new CachingForge(distgit, cache, clock);
        assertThat(forge.owners(PROJECT).groups()).containsExactly("dummy-group");

        distgit.put(access(Map.of(Role.OWNER, List.of("pingou"))));
        invalidation.handle(BusInvalidationTest.inDistGit(CorpusMessages.first("pagure.project.group.removed")));

        assertThat(forge.owners(PROJECT).groups()).isEmpty();
    }

    @Test
    void anUpdatedAccountIsSeenAtTheNextLookup() {
        InMemoryDirectory fasjson = new InMemoryDirectory(List.of(person("dummy@old.example", Set.of())), Map.of());
        CachingDirectory directory = new CachingDirectory(fasjson, cache, clock);
        assertThat(directory.person("dummy").orElseThrow().emails()).containsExactly("dummy@old.example");
        long generation = directory.generation();

        fasjson.put(person("dummy@new.example", Set.of()));
        assertThat(directory.person("dummy").orElseThrow().emails()).containsExactly("dummy@old.example");

        invalidation.handle(CorpusMessages.first("fas.user.update"));

        assertThat(directory.generation()).isNotEqualTo(generation);
        assertThat(directory.person("dummy").orElseThrow().emails()).containsExactly("dummy@new.example");
    }

    @Test
    void aCreatedAccountExistsAtTheNextLookup() {
        InMemoryDirectory fasjson = new InMemoryDirectory(List.of(), Map.of());
        CachingDirectory directory = new CachingDirectory(fasjson, cache, clock);
        assertThat(directory.exists("dummy")).isFalse();

        fasjson.put(person("dummy@example.org", Set.of()));
        assertThat(directory.exists("dummy")).isFalse();

        invalidation.handle(CorpusMessages.first("fas.user.create"));

        assertThat(directory.exists("dummy")).isTrue();
    }

    @Test
    void aNewMemberOfAGroupIsInItAtTheNextLookup() {
        InMemoryDirectory fasjson = new InMemoryDirectory(List.of(person("testuser@example.org", Set.of())), Map.of());
        CachingDirectory directory = new CachingDirectory(fasjson, cache, clock);
        assertThat(directory.person("testuser").orElseThrow().groups()).isEmpty();

        fasjson.put(person("testuser@example.org", Set.of("dummy-group")));
        invalidation.handle(CorpusMessages.first("fas.group.member.sponsor"));

        assertThat(directory.person("testuser").orElseThrow().groups()).containsExactly("dummy-group");
    }

    private static ProjectAccess access(Map<Role, List<String>> users) {
        return new ProjectAccess(PROJECT, users, Map.of());
    }

    private static Person person(String email, Set<String> groups) {
        return new Person(email.substring(0, email.indexOf('@')), List.of(email), List.of(), groups);
    }
}
