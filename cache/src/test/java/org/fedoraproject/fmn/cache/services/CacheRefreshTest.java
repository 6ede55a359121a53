package org.fedoraproject.fmn.cache.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fedoraproject.fmn.cache.CacheKey;
import org.fedoraproject.fmn.cache.CachePolicy;
import org.fedoraproject.fmn.cache.TestClock;
import org.fedoraproject.fmn.cache.inprocess.InProcessCache;
import org.fedoraproject.fmn.cache.services.CacheRefresh.Outcome;
import org.fedoraproject.fmn.directory.InMemoryDirectory;
import org.fedoraproject.fmn.directory.Person;
import org.fedoraproject.fmn.forge.InMemoryForge;
import org.fedoraproject.fmn.forge.ProjectAccess;
import org.fedoraproject.fmn.forge.Role;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.junit.jupiter.api.Test;

class CacheRefreshTest {

    private static final Artifact KERNEL = new Artifact(ArtifactType.RPMS, "kernel");

    private final TestClock clock = TestClock.now();
    private final InProcessCache cache = new InProcessCache(new CachePolicy(Scopes.DEFAULT_TTLS, Duration.ofHours(1),
            Duration.ofMinutes(10), Duration.ofMinutes(1)), clock, 1_000);
    private final InMemoryForge distgit = new InMemoryForge(List.of(access("mira")));
    private final InMemoryDirectory accounts = new InMemoryDirectory(List.of(person("mira", "mira@example.org")), Map.of());

    private static ProjectAccess access(String owner) {
        return new ProjectAccess(KERNEL, Map.of(Role.OWNER, List.of(owner)), Map.of());
    }

    private static Person person(String username, String email) {
        return new Person(username, List.of(email), List.of(), Set.of());
    }

    @Test
    void aRefreshedEntryHoldsTheServicesNewAnswer() {
        CachingForge forge = new CachingForge(distgit, cache, clock);
        CachingDirectory directory = new CachingDirectory(accounts, cache, clock);
        forge.owners(KERNEL);
        directory.person("mira");
        distgit.put(access("oskar"));
        accounts.put(person("mira", "mira@fedoraproject.org"));

        CacheRefresh refresh = new CacheRefresh(cache, Optional.of(accounts), Optional.of(distgit), clock);
        assertThat(refresh.refresh(new CacheKey(Scopes.ACCESS, "rpms/kernel"))).isEqualTo(Outcome.RELOADED);
        assertThat(refresh.refresh(new CacheKey(Scopes.PERSON, "mira"))).isEqualTo(Outcome.RELOADED);

        assertThat(cache.get(new CacheKey(Scopes.ACCESS, "rpms/kernel")).orElseThrow().value()).contains("oskar");
        assertThat(forge.owners(KERNEL).users()).containsExactly("oskar");
        assertThat(directory.person("mira").orElseThrow().emails()).containsExactly("mira@fedoraproject.org");
    }

    @Test
    void anEntryOfAServiceNotConfiguredIsDroppedOnly() {
        new CachingForge(distgit, cache, clock).owners(KERNEL);
        CacheRefresh refresh = new CacheRefresh(cache, Optional.of(accounts), Optional.<InMemoryForge>empty(), clock);

        assertThat(refresh.refresh(new CacheKey(Scopes.ACCESS, "rpms/kernel"))).isEqualTo(Outcome.DROPPED);
        assertThat(cache.get(new CacheKey(Scopes.ACCESS, "rpms/kernel"))).isEmpty();
    }

    @Test
    void projectListsAndSearchesAreAskedAgainToo() {
        CacheRefresh refresh = new CacheRefresh(cache, Optional.of(accounts), Optional.of(distgit), clock);
        assertThat(refresh.refresh(new CacheKey(Scopes.PROJECTS, "user:mira"))).isEqualTo(Outcome.RELOADED);
        assertThat(refresh.refresh(new CacheKey(Scopes.SEARCH, "10:mi"))).isEqualTo(Outcome.RELOADED);
        assertThat(cache.get(new CacheKey(Scopes.PROJECTS, "user:mira")).orElseThrow().value()).contains("kernel");
        assertThat(refresh.refresh(new CacheKey(Scopes.PROJECTS, "nonsense"))).isEqualTo(Outcome.DROPPED);
    }
}
