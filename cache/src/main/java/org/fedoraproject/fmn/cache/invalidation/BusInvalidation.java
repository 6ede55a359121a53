package org.fedoraproject.fmn.cache.invalidation;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.fedoraproject.fmn.cache.ServiceCache;
import org.fedoraproject.fmn.message.Message;

/**
 * Drops, from the shared cache, the tags a message makes stale: dist-git access changes (see
 * {@link DistGitChanges}) and account or membership changes (see {@link AccountChanges}). Every
 * {@link ServiceCache#dropTag} reaches every process.
 */
public final class BusInvalidation implements CacheInvalidation {

    private final ServiceCache cache;
    private final Optional<DistGitChanges> distGit;

    /**
     * @param cache the shared cache the caching directory, forge and catalog answer from
     * @param distgit dist-git's base URL ({@code fmn.distgit.url}): Pagure messages about projects
     *     elsewhere drop nothing
     */
    public BusInvalidation(ServiceCache cache, URI distgit) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.distGit = Optional.of(new DistGitChanges(Objects.requireNonNull(distgit, "distgit")));
    }

    private BusInvalidation(ServiceCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.distGit = Optional.empty();
    }

    /**
     * Invalidation for a deployment without dist-git ({@code fmn.distgit.url} unset): account and
     * membership changes still drop what they make stale; Pagure messages drop nothing, since no
     * answer of an instance FMN does not read is kept.
     */
    public static BusInvalidation accountsOnly(ServiceCache cache) {
        return new BusInvalidation(cache);
    }

    /** The tags the message makes stale; empty for a message that changes nothing kept. */
    public Set<String> staleTags(Message message) {
        Set<String> tags = new LinkedHashSet<>(distGit.map(changes -> changes.staleTags(message)).orElse(Set.of()));
        tags.addAll(AccountChanges.staleTags(message));
        return tags;
    }

    @Override
    public void handle(Message message) {
        staleTags(message).forEach(cache::dropTag);
    }
}
