package org.fedoraproject.fmn.cache.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fedoraproject.fmn.cache.CachePolicy;
import org.fedoraproject.fmn.cache.Tags;
import org.fedoraproject.fmn.cache.TestClock;
import org.fedoraproject.fmn.cache.inprocess.InProcessCache;
import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.directory.Person;
import org.junit.jupiter.api.Test;

class CachingDirectoryTest {

    private final TestClock clock = TestClock.now();
    private final InProcessCache cache = new InProcessCache(new CachePolicy(Scopes.DEFAULT_TTLS, Duration.ofHours(1),
            Duration.ofMinutes(10), Duration.ofMinutes(1)), clock, 1_000);
    private final CountingDirectory service = new CountingDirectory();
    private final CachingDirectory directory = new CachingDirectory(service, cache, clock);

    @Test
    void anAccountIsAskedOnceThenAnsweredFromTheCacheAlongWithWhetherItExists() {
        assertThat(directory.person("mira")).map(Person::username).contains("mira");
        assertThat(directory.exists("mira")).isTrue();
        assertThat(directory.exists("nobody")).isFalse();
        assertThat(directory.exists("nobody")).isFalse();

        assertThat(service.asked).containsExactly("person mira", "person nobody");
    }

    @Test
    void droppingAUsersOrOneOfTheirGroupsTagAsksAgainAndMovesTheGeneration() {
        directory.person("mira");
        long before = directory.generation();
        assertThat(directory.generation()).isEqualTo(before);

        cache.dropTag(Tags.group("packager"));
        assertThat(directory.generation()).isNotEqualTo(before);
        directory.person("mira");
        assertThat(service.asked).containsExactly("person mira", "person mira");

        long after = directory.generation();
        cache.dropTag(Tags.user("mira"));
        assertThat(directory.generation()).isNotEqualTo(after);
    }

    @Test
    void theGenerationMovesOnOnceEveryPersonTtlSoMatchingAsksAgainAsOftenAsTheCacheDoes() {
        long first = directory.generation();
        assertThat(first).isNotNegative();
        assertThat(directory.generation()).isEqualTo(first);
        clock.advance(Duration.ofHours(1));
        assertThat(directory.generation()).isNotEqualTo(first);
    }

    @Test
    void membersAndSearchesAreKeptByTheirArguments() {
        directory.members("packager");
        directory.members("packager");
        directory.search("mi", 10);
        directory.search("mi", 10);
        directory.search("mi", 5);
        cache.dropTag(Tags.group("packager"));
        directory.members("packager");

        assertThat(service.asked).containsExactly("members packager", "search mi 10", "search mi 5", "members packager");
    }

    @Test
    void aFailingAccountSystemFailsTheLookupAndNothingIsKept() {
        service.down = true;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> directory.person("mira"))
                .hasMessage("FASJSON does not answer");
        service.down = false;
        assertThat(directory.person("mira")).isPresent();
    }

    private static final class CountingDirectory implements Directory {
        final List<String> asked = new ArrayList<>();
        volatile boolean down;

        @Override
        public Optional<Person> person(String username) {
            if (down) {
                throw new IllegalStateException("FASJSON does not answer");
            }
            asked.add("person " + username);
            return username.equals("nobody") ? Optional.empty()
                    : Optional.of(new Person(username, List.of(username + "@example.org"), List.of(), Set.of("packager")));
        }

        @Override
        public List<String> search(String fragment, int limit) {
            asked.add("search " + fragment + " " + limit);
            return List.of("mira");
        }

        @Override
        public Set<String> members(String groupName) {
            asked.add("members " + groupName);
            return Set.of("mira", "oskar");
        }
    }
}
