package org.fedoraproject.fmn.cache.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.fedoraproject.fmn.cache.CachePolicy;
import org.fedoraproject.fmn.cache.Tags;
import org.fedoraproject.fmn.cache.TestClock;
import org.fedoraproject.fmn.cache.inprocess.InProcessCache;
import org.fedoraproject.fmn.forge.InMemoryForge;
import org.fedoraproject.fmn.forge.Owners;
import org.fedoraproject.fmn.forge.ProjectAccess;
import org.fedoraproject.fmn.forge.Role;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.junit.jupiter.api.Test;

class CachingForgeTest {

    private static final Artifact KERNEL = new Artifact(ArtifactType.RPMS, "kernel");

    private final TestClock clock = TestClock.now();
    private final InProcessCache cache = new InProcessCache(new CachePolicy(Scopes.DEFAULT_TTLS, Duration.ofHours(1),
            Duration.ofMinutes(10), Duration.ofMinutes(1)), clock, 1_000);
    private final InMemoryForge distgit = new InMemoryForge(List.of(access("mira", "kde-sig")));
    private final CachingForge forge = new CachingForge(distgit, cache, clock);
    private final CachingProjectCatalog catalog = new CachingProjectCatalog(distgit, cache, clock);

    private static ProjectAccess access(String owner, String group) {
        return new ProjectAccess(KERNEL, Map.of(Role.OWNER, List.of(owner)), Map.of(Role.COMMIT, List.of(group)));
    }

    @Test
    void ownersAreAnsweredFromTheCachedAccessListUntilItIsDropped() {
        assertThat(forge.owners(KERNEL)).isEqualTo(new Owners(java.util.Set.of("mira"), java.util.Set.of("kde-sig")));
        long generation = forge.generation();
        distgit.put(access("oskar", "kde-sig")); // dist-git changed; no message yet

        assertThat(forge.owners(KERNEL).users()).containsExactly("mira");
        assertThat(forge.generation()).isEqualTo(generation);

        cache.dropTag(Tags.artifact(KERNEL)); // the message about kernel arrives
        assertThat(forge.generation()).isNotEqualTo(generation);
        assertThat(forge.owners(KERNEL).users()).containsExactly("oskar");
    }

    @Test
    void anAccessListIsDroppedWithTheTagOfAnyoneOnIt() {
        forge.owners(KERNEL);
        distgit.put(access("oskar", "kde-sig"));
        cache.dropTag(Tags.group("kde-sig"));
        assertThat(forge.owners(KERNEL).users()).containsExactly("oskar");
        distgit.put(access("lena", "kde-sig"));
        cache.dropTag(Tags.user("oskar"));
        assertThat(forge.owners(KERNEL).users()).containsExactly("lena");
    }

    @Test
    void aNameThatIsNoProjectIsKeptAsNone() {
        Artifact none = new Artifact(ArtifactType.RPMS, "no-such-project");
        assertThat(forge.access(none)).isEmpty();
        distgit.put(new ProjectAccess(none, Map.of(Role.OWNER, List.of("mira")), Map.of()));
        assertThat(forge.owners(none)).isEqualTo(Owners.NONE);
        clock.advance(Duration.ofHours(2)); // past its TTL and its stale time
        assertThat(forge.owners(none).users()).containsExactly("mira");
    }

    @Test
    void aUsersAndAGroupsProjectsAreDroppedWithTheirTags() {
        assertThat(catalog.ofUser("mira")).containsExactly(KERNEL);
        assertThat(catalog.ofGroup("kde-sig")).containsExactly(KERNEL);
        distgit.remove(KERNEL);
        assertThat(catalog.ofUser("mira")).containsExactly(KERNEL);
        cache.dropTag(Tags.user("mira"));
        cache.dropTag(Tags.group("kde-sig"));
        assertThat(catalog.ofUser("mira")).isEmpty();
        assertThat(catalog.ofGroup("kde-sig")).isEmpty();
    }
}
