package org.fedoraproject.fmn.backends.contract;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fedoraproject.fmn.backends.stub.Worlds;
import org.fedoraproject.fmn.cache.CachePolicy;
import org.fedoraproject.fmn.cache.inprocess.InProcessCache;
import org.fedoraproject.fmn.cache.services.CachingDirectory;
import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.directory.InMemoryDirectory;
import org.fedoraproject.fmn.directory.Person;
import org.fedoraproject.fmn.message.Json;

/**
 * The directory contract on answers that went through the cache: each question is asked once of
 * a caching directory in front of the world, then answered by another one on the same cache
 * whose service is gone, so every answer checked is one read back from the cache.
 */
class CachedDirectoryContractTest implements DirectoryContract {

    private final InProcessCache cache = new InProcessCache(CachePolicy.of(Duration.ofHours(1), Duration.ZERO,
            Duration.ofMinutes(1)), Clock.systemUTC(), 1_000);
    private final Directory warm = new CachingDirectory(
            InMemoryDirectory.fromJson(Json.parse(Worlds.DIRECTORY, "the world")), cache, Clock.systemUTC());
    private final Directory fromCache = new CachingDirectory(new GoneDirectory(), cache, Clock.systemUTC());

    @Override
    public Directory directory() {
        return new Directory() {
            @Override
            public Optional<Person> person(String username) {
                warm.person(username);
                return fromCache.person(username);
            }

            @Override
            public List<String> search(String fragment, int limit) {
                warm.search(fragment, limit);
                return fromCache.search(fragment, limit);
            }

            @Override
            public Set<String> members(String groupName) {
                warm.members(groupName);
                return fromCache.members(groupName);
            }
        };
    }

    private static final class GoneDirectory implements Directory {
        @Override
        public Optional<Person> person(String username) {
            throw new IllegalStateException("the account system was asked");
        }

        @Override
        public List<String> search(String fragment, int limit) {
            throw new IllegalStateException("the account system was asked");
        }

        @Override
        public Set<String> members(String groupName) {
            throw new IllegalStateException("the account system was asked");
        }
    }
}
