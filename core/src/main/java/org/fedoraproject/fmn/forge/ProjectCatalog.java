package org.fedoraproject.fmn.forge;

import java.util.List;

import org.fedoraproject.fmn.rule.Artifact;

/**
 * Finding dist-git projects, for people writing rules: by name, and by who holds them. Where
 * {@link Forge} answers "who owns this artifact" for matching, this answers "which artifacts" for
 * the web frontend's search and previews. Lists hold each artifact once, in no particular order;
 * network-backed implementations may be slow and may fail with an unchecked exception.
 */
public interface ProjectCatalog {

    /**
     * Projects whose name matches a Pagure pattern: {@code *} stands for any characters, the
     * rest is literal and case-sensitive ({@code *rust*}, {@code python-*}).
     */
    List<Artifact> matching(String pattern);

    /** Projects the user holds as owner, admin, committer or collaborator. */
    List<Artifact> ofUser(String username);

    /** Projects the group holds as admin, committer or collaborator. */
    List<Artifact> ofGroup(String groupName);
}
