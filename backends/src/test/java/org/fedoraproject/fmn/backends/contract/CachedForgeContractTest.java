package org.fedoraproject.fmn.backends.contract;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.fedoraproject.fmn.backends.stub.Worlds;
import org.fedoraproject.fmn.cache.CachePolicy;
import org.fedoraproject.fmn.cache.inprocess.InProcessCache;
import org.fedoraproject.fmn.cache.services.CachingForge;
import org.fedoraproject.fmn.cache.services.CachingProjectCatalog;
import org.fedoraproject.fmn.forge.Forge;
import org.fedoraproject.fmn.forge.InMemoryForge;
import org.fedoraproject.fmn.forge.ProjectAccess;
import org.fedoraproject.fmn.forge.ProjectCatalog;
import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.rule.Artifact;

/**
 * The forge contract on answers that went through the cache: each question is asked once of a
 * caching forge (and catalog) in front of the world, then answered by another one on the same
 * cache whose dist-git is gone, so every answer checked is one read back from the cache.
 */
class CachedForgeContractTest implements ForgeContract {

    private final InProcessCache cache = new InProcessCache(CachePolicy.of(Duration.ofHours(1), Duration.ZERO,
            Duration.ofMinutes(1)), Clock.systemUTC(), 1_000);
    private final InMemoryForge world = InMemoryForge.fromJson(Json.parse(Worlds.DISTGIT, "the world"));
    private final Forge warmForge = new CachingForge(world, cache, Clock.systemUTC());
    private final ProjectCatalog warmCatalog = new CachingProjectCatalog(world, cache, Clock.systemUTC());
    private final Forge coldForge = new CachingForge(artifact -> {
        throw new IllegalStateException("dist-git was asked");
    }, cache, Clock.systemUTC());
    private final ProjectCatalog coldCatalog = new CachingProjectCatalog(new GoneCatalog(), cache, Clock.systemUTC());

    @Override
    public Forge forge() {
        return new Forge() {
            @Override
            public Optional<ProjectAccess> access(Artifact artifact) {
                warmForge.access(artifact);
                return coldForge.access(artifact);
            }
        };
    }

    @Override
    public ProjectCatalog catalog() {
        return new ProjectCatalog() {
            @Override
            public List<Artifact> matching(String pattern) {
                warmCatalog.matching(pattern);
                return coldCatalog.matching(pattern);
            }

            @Override
            public List<Artifact> ofUser(String username) {
                warmCatalog.ofUser(username);
                return coldCatalog.ofUser(username);
            }

            @Override
            public List<Artifact> ofGroup(String groupName) {
                warmCatalog.ofGroup(groupName);
                return coldCatalog.ofGroup(groupName);
            }
        };
    }

    private static final class GoneCatalog implements ProjectCatalog {
        @Override
        public List<Artifact> matching(String pattern) {
            throw new IllegalStateException("dist-git was asked");
        }

        @Override
        public List<Artifact> ofUser(String username) {
            throw new IllegalStateException("dist-git was asked");
        }

        @Override
        public List<Artifact> ofGroup(String groupName) {
            throw new IllegalStateException("dist-git was asked");
        }
    }
}
