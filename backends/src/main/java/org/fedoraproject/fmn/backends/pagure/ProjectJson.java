package org.fedoraproject.fmn.backends.pagure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fedoraproject.fmn.backends.http.Answer;
import org.fedoraproject.fmn.forge.ProjectAccess;
import org.fedoraproject.fmn.forge.Role;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;

import tools.jackson.databind.JsonNode;

/**
 * Reads Pagure's project resource: {@code namespace}, {@code name}, and the access lists
 * {@code access_users} ({@code owner}, {@code admin}, {@code commit}, {@code collaborator},
 * {@code ticket}) and {@code access_groups} (the same but {@code owner}); a role Pagure does
 * not list has nobody, a role FMN does not know is not looked at.
 */
final class ProjectJson {

    private ProjectJson() {
    }

    /** The project's artifact, or {@code null} when it is in no namespace FMN tracks. */
    static Artifact artifact(Answer answer, JsonNode project, String path) {
        String namespace = answer.optionalString(project, "namespace", at(path, "namespace"));
        ArtifactType type = namespace == null ? null : ArtifactType.ofKey(namespace);
        if (type == null) {
            return null;
        }
        return new Artifact(type, answer.name(project, "name", at(path, "name")));
    }

    static ProjectAccess access(Answer answer, JsonNode project, Artifact artifact, String path) {
        return new ProjectAccess(artifact, roles(answer, project, "access_users", path),
                roles(answer, project, "access_groups", path));
    }

    /** Whether {@code name} holds the project in FMN's sense among its {@code key} ({@link Role#owns()}). */
    static boolean owns(Answer answer, JsonNode project, String key, String name, String path) {
        Map<Role, List<String>> roles = roles(answer, project, key, path);
        return roles.entrySet().stream().anyMatch(entry -> entry.getKey().owns() && entry.getValue().contains(name));
    }

    /** The path of a field of the project at {@code path} ({@code ""}: the whole answer). */
    private static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static Map<Role, List<String>> roles(Answer answer, JsonNode project, String key, String path) {
        Map<Role, List<String>> byRole = new EnumMap<>(Role.class);
        JsonNode access = answer.optionalObject(project, key, at(path, key));
        if (access == null) {
            return byRole;
        }
        for (Role role : Role.values()) {
            List<String> names = answer.strings(access, role.key(), at(path, key) + "." + role.key());
            if (!names.isEmpty()) {
                byRole.put(role, names);
            }
        }
        return byRole;
    }
}
