package org.fedoraproject.fmn.forge;

import java.util.Optional;

import org.fedoraproject.fmn.rule.Artifact;

/**
 * The dist-git forge (Pagure in production): who has access to which artifact.
 *
 * <p>Lookups are keyed by one artifact, user or group, so a caching layer can keep answers per
 * key and drop the keys a dist-git message says changed. Network-backed implementations may be
 * slow and may fail with an unchecked exception; in-memory ones never do. All implementations
 * are thread-safe.
 */
public interface Forge {

    /** The access list of a dist-git project, or empty when no project has that name. */
    Optional<ProjectAccess> access(Artifact artifact);

    /**
     * Who owns the artifact in FMN's sense: users with owner, admin, commit or collaborator
     * access, groups with admin, commit or collaborator access; nobody for a non-project.
     * Matching asks this for every artifact of every message.
     */
    default Owners owners(Artifact artifact) {
        return access(artifact).map(Owners::of).orElse(Owners.NONE);
    }

    /**
     * A number that changes whenever an answer of this forge may have changed (it is moved on
     * after the change). Callers may keep answers while it stays the same: matching keeps, per
     * artifact, the rules its owners' answers lead to. A negative number, the default, means
     * answers must not be kept at all.
     */
    default long generation() {
        return -1;
    }
}
