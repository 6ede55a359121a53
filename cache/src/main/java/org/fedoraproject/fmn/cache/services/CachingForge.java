package org.fedoraproject.fmn.cache.services;

import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.fedoraproject.fmn.cache.CacheGeneration;
import org.fedoraproject.fmn.cache.CacheKey;
import org.fedoraproject.fmn.cache.Codec;
import org.fedoraproject.fmn.cache.Lookups;
import org.fedoraproject.fmn.cache.ServiceCache;
import org.fedoraproject.fmn.cache.Tags;
import org.fedoraproject.fmn.forge.Forge;
import org.fedoraproject.fmn.forge.ProjectAccess;
import org.fedoraproject.fmn.rule.Artifact;

/**
 * A forge answering from the shared cache, and from dist-git behind it when the cache has no
 * answer. One entry per artifact, {@code access:<type>/<name>} (a name that is no project is kept
 * as such), under {@code artifact:<type>/<name>} and {@code user:<u>} / {@code group:<g>} for
 * everyone on its access list, so a change to the project or to someone on it drops it;
 * {@link #owners} is answered from the same entry.
 *
 * <p>{@link #generation()} moves on when the cache drops an entry, here or in another process,
 * and once every {@code access} TTL: matching keeps, per artifact, the rules the owners lead to
 * only as long as the answers it made them from.
 */
public final class CachingForge implements Forge {

    private static final Codec<Optional<ProjectAccess>> ACCESS = JsonCodec.optional(JsonCodec.of(ProjectAccess.class));

    private final Forge service;
    private final Lookups lookups;
    private final CacheGeneration generation;

    public CachingForge(Forge service, ServiceCache cache, Clock clock) {
        this.service = service;
        this.lookups = new Lookups(cache, clock);
        this.generation = new CacheGeneration(cache, clock, cache.policy().ttl(Scopes.ACCESS));
    }

    @Override
    public Optional<ProjectAccess> access(Artifact artifact) {
        return lookups.get(key(artifact), ACCESS, access -> tags(artifact, access), () -> service.access(artifact));
    }

    /**
     * Keeps an access list read from a bulk source (a warm-up), unless the artifact already has
     * an answer; it ages, and is dropped, like any other.
     *
     * @return whether it was kept
     */
    public boolean prime(ProjectAccess access) {
        Optional<ProjectAccess> answer = Optional.of(access);
        return lookups.keepIfAbsent(key(access.artifact()), ACCESS, tags(access.artifact(), answer), answer);
    }

    private static CacheKey key(Artifact artifact) {
        return new CacheKey(Scopes.ACCESS, artifact.toString());
    }

    private static Set<String> tags(Artifact artifact, Optional<ProjectAccess> access) {
        Set<String> tags = new HashSet<>();
        tags.add(Tags.artifact(artifact));
        access.ifPresent(a -> {
            a.users().values().forEach(names -> names.forEach(name -> tags.add(Tags.user(name))));
            a.groups().values().forEach(names -> names.forEach(name -> tags.add(Tags.group(name))));
        });
        return tags;
    }

    @Override
    public long generation() {
        return generation.current();
    }
}
