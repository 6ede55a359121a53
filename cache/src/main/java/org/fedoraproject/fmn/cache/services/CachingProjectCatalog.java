package org.fedoraproject.fmn.cache.services;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.fedoraproject.fmn.cache.CacheKey;
import org.fedoraproject.fmn.cache.Codec;
import org.fedoraproject.fmn.cache.Lookups;
import org.fedoraproject.fmn.cache.ServiceCache;
import org.fedoraproject.fmn.cache.Tags;
import org.fedoraproject.fmn.forge.ProjectCatalog;
import org.fedoraproject.fmn.rule.Artifact;

import tools.jackson.core.type.TypeReference;

/**
 * A project catalog answering from the shared cache, and from dist-git behind it. Entries:
 * {@code projects:match:<pattern>} under no tag (kept for the scope's short TTL),
 * {@code projects:user:<u>} under {@code user:<u>}, {@code projects:group:<g>} under
 * {@code group:<g>}.
 */
public final class CachingProjectCatalog implements ProjectCatalog {

    private static final Codec<List<Artifact>> ARTIFACTS = JsonCodec.of(new TypeReference<List<Artifact>>() {
    });

    private final ProjectCatalog service;
    private final Lookups lookups;

    public CachingProjectCatalog(ProjectCatalog service, ServiceCache cache, Clock clock) {
        this.service = service;
        this.lookups = new Lookups(cache, clock);
    }

    @Override
    public List<Artifact> matching(String pattern) {
        return lookups.get(new CacheKey(Scopes.PROJECTS, "match:" + pattern), ARTIFACTS, found -> Set.of(),
                () -> service.matching(pattern));
    }

    @Override
    public List<Artifact> ofUser(String username) {
        return lookups.get(new CacheKey(Scopes.PROJECTS, "user:" + username), ARTIFACTS,
                found -> Set.of(Tags.user(username)), () -> service.ofUser(username));
    }

    @Override
    public List<Artifact> ofGroup(String groupName) {
        return lookups.get(new CacheKey(Scopes.PROJECTS, "group:" + groupName), ARTIFACTS,
                found -> Set.of(Tags.group(groupName)), () -> service.ofGroup(groupName));
    }
}
