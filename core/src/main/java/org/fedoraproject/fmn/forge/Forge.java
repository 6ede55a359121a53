package org.fedoraproject.fmn.forge;

import java.util.Optional;
import java.util.Set;

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

    /** The users owning the artifact (owner, admin, commit, collaborator); empty for a non-project. */
    default Set<String> owningUsers(Artifact artifact) {
        return access(artifact).map(ProjectAccess::owningUsers).orElse(Set.of());
    }

    /** The groups holding the artifact (admin, commit, collaborator); empty for a non-project. */
    default Set<String> owningGroups(Artifact artifact) {
        return access(artifact).map(ProjectAccess::owningGroups).orElse(Set.of());
    }
}
