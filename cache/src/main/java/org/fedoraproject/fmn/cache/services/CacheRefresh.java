package org.fedoraproject.fmn.cache.services;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.fedoraproject.fmn.cache.CacheKey;
import org.fedoraproject.fmn.cache.ServiceCache;
import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.forge.Forge;
import org.fedoraproject.fmn.forge.ProjectCatalog;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;

/**
 * Reloads kept answers from the services ({@code fmn cache refresh}): each entry is dropped (in
 * every process) and asked again through the caching directory, forge or catalog, which keep the
 * service's new answer under the same key and tags. An entry of a service that is not configured
 * is dropped only: the next lookup asks for it.
 */
public final class CacheRefresh {

    /** What became of one entry. */
    public enum Outcome {
        /** Asked again and kept. */
        RELOADED,
        /** Dropped: its service is not configured here, or its key names nothing it can ask. */
        DROPPED,
        /** Dropped, and the service failed to answer: the next lookup asks again. */
        FAILED
    }

    private final ServiceCache cache;
    private final Optional<CachingDirectory> directory;
    private final Optional<CachingForge> forge;
    private final Optional<CachingProjectCatalog> catalog;

    /**
     * @param directory the account system, when configured
     * @param forge dist-git, when configured (as both forge and catalog)
     */
    public <F extends Forge & ProjectCatalog> CacheRefresh(ServiceCache cache, Optional<? extends Directory> directory,
            Optional<F> forge, Clock clock) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.directory = directory.map(service -> new CachingDirectory(service, cache, clock));
        this.forge = forge.map(service -> new CachingForge(service, cache, clock));
        this.catalog = forge.map(service -> new CachingProjectCatalog(service, cache, clock));
    }

    /** Drops the entry and, when its service is configured, asks for it again. */
    public Outcome refresh(CacheKey key) {
        cache.drop(List.of(key));
        try {
            return reload(key) ? Outcome.RELOADED : Outcome.DROPPED;
        } catch (RuntimeException e) {
            return Outcome.FAILED;
        }
    }

    private boolean reload(CacheKey key) {
        String id = key.id();
        switch (key.scope()) {
            case Scopes.PERSON -> {
                return directory.map(d -> d.person(id)).isPresent();
            }
            case Scopes.MEMBERS -> {
                return directory.map(d -> d.members(id)).isPresent();
            }
            case Scopes.SEARCH -> {
                int colon = id.indexOf(':');
                if (colon < 0) {
                    return false;
                }
                int limit = Integer.parseInt(id.substring(0, colon));
                return directory.map(d -> d.search(id.substring(colon + 1), limit)).isPresent();
            }
            case Scopes.ACCESS -> {
                Optional<Artifact> artifact = artifact(id);
                return artifact.isPresent() && forge.map(f -> f.access(artifact.get())).isPresent();
            }
            case Scopes.PROJECTS -> {
                return projects(id);
            }
            default -> {
                return false;
            }
        }
    }

    private boolean projects(String id) {
        int colon = id.indexOf(':');
        if (colon < 0 || catalog.isEmpty()) {
            return false;
        }
        String what = id.substring(colon + 1);
        return switch (id.substring(0, colon)) {
            case "user" -> catalog.map(c -> c.ofUser(what)).isPresent();
            case "group" -> catalog.map(c -> c.ofGroup(what)).isPresent();
            case "match" -> catalog.map(c -> c.matching(what)).isPresent();
            default -> false;
        };
    }

    /** The artifact a key's id names ({@code rpms/kernel}). */
    public static Optional<Artifact> artifact(String id) {
        int slash = id.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        ArtifactType type = ArtifactType.ofKey(id.substring(0, slash));
        String name = id.substring(slash + 1);
        return type == null || name.isEmpty() ? Optional.empty() : Optional.of(new Artifact(type, name));
    }
}
