package org.fedoraproject.fmn.forge;

import java.util.Set;

/** The users and groups owning an artifact in FMN's sense (see {@link Role#owns()}). */
public record Owners(Set<String> users, Set<String> groups) {

    /** Nobody: what a name that is no dist-git project has. */
    public static final Owners NONE = new Owners(Set.of(), Set.of());

    public Owners {
        users = Set.copyOf(users);
        groups = Set.copyOf(groups);
    }

    public static Owners of(ProjectAccess access) {
        return new Owners(access.owningUsers(), access.owningGroups());
    }
}
