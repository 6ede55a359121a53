package org.fedoraproject.fmn.forge;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fedoraproject.fmn.rule.Artifact;

/**
 * Who has which access to one dist-git project.
 *
 * @param users user names per role
 * @param groups group names per role (groups are never owners)
 */
public record ProjectAccess(Artifact artifact, Map<Role, List<String>> users, Map<Role, List<String>> groups) {

    public ProjectAccess {
        users = copy(users);
        groups = copy(groups);
    }

    private static Map<Role, List<String>> copy(Map<Role, List<String>> byRole) {
        Map<Role, List<String>> copy = new EnumMap<>(Role.class);
        byRole.forEach((role, names) -> copy.put(role, List.copyOf(names)));
        return Map.copyOf(copy);
    }

    /** The users who own the artifact in FMN's sense (owner, admin, commit, collaborator). */
    public Set<String> owningUsers() {
        return owning(users);
    }

    /** The groups that hold the artifact in FMN's sense (admin, commit, collaborator). */
    public Set<String> owningGroups() {
        return owning(groups);
    }

    private static Set<String> owning(Map<Role, List<String>> byRole) {
        Set<String> names = new LinkedHashSet<>();
        for (Role role : Role.values()) {
            if (role.owns()) {
                names.addAll(byRole.getOrDefault(role, List.of()));
            }
        }
        return names;
    }
}
