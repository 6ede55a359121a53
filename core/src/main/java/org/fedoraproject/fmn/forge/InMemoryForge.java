package org.fedoraproject.fmn.forge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.fedoraproject.fmn.message.DocumentFields;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;

import org.fedoraproject.fmn.text.Echo;

import tools.jackson.databind.JsonNode;

/**
 * A forge held in memory (thread-safe; changes apply at once), read from the JSON shape the
 * embedded default and offline tools use: {@code {"projects": [{"namespace", "name",
 * "access_users": {"owner", "admin", "commit", "collaborator", "ticket"}, "access_groups":
 * {...}}]}}, the fields of Pagure's project resource. Owning sets are computed once per
 * project, since matching asks for them on every message.
 */
public final class InMemoryForge implements Forge, ProjectCatalog {

    private record Entry(ProjectAccess access, Owners owners) {
    }

    private final Map<Artifact, Entry> projects = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public InMemoryForge(Iterable<ProjectAccess> projects) {
        projects.forEach(this::put);
    }

    /** Adds or replaces a project's access list (a dist-git message said it changed). */
    public void put(ProjectAccess access) {
        projects.put(access.artifact(), new Entry(access, Owners.of(access)));
        generation.incrementAndGet();
    }

    /** Removes a project. */
    public void remove(Artifact artifact) {
        projects.remove(artifact);
        generation.incrementAndGet();
    }

    /**
     * Reads the forge JSON strictly: every field FMN uses must have its type ({@code
     * access_users} and {@code access_groups} are objects whose roles are lists of strings;
     * either may be absent or null), a project is named once. Projects in namespaces FMN does
     * not track are skipped; other fields, and roles FMN does not know, are not looked at.
     *
     * @throws IllegalArgumentException naming the field by its path in the document, as in
     *         {@code projects[3].access_users.owner: expected a list of strings, got "alice"}
     */
    public static InMemoryForge fromJson(JsonNode json) {
        if (json == null || !json.isObject() || !json.has("projects")) {
            throw DocumentFields.error("the document", "expected an object {\"projects\": [...]}, got " + Echo.json(json));
        }
        JsonNode list = DocumentFields.optionalList(json, "projects", "projects");
        List<ProjectAccess> projects = new ArrayList<>();
        Map<Artifact, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "projects[" + i + "]";
            JsonNode project = DocumentFields.object(list.get(i), at);
            String namespace = DocumentFields.name(project, "namespace", at + ".namespace");
            String name = DocumentFields.name(project, "name", at + ".name");
            Map<Role, List<String>> users = roles(project, "access_users", at);
            Map<Role, List<String>> groups = roles(project, "access_groups", at);
            ArtifactType type = ArtifactType.ofKey(namespace);
            if (type == null) {
                continue;
            }
            Artifact artifact = new Artifact(type, name);
            Integer first = seen.putIfAbsent(artifact, i);
            if (first != null) {
                throw DocumentFields.error(at, Echo.of(namespace + "/" + name) + " appears twice (first projects[" + first + "])");
            }
            projects.add(new ProjectAccess(artifact, users, groups));
        }
        return new InMemoryForge(projects);
    }

    private static Map<Role, List<String>> roles(JsonNode project, String key, String at) {
        Map<Role, List<String>> byRole = new EnumMap<>(Role.class);
        JsonNode access = project.get(key);
        if (access == null || access.isNull()) {
            return byRole;
        }
        DocumentFields.object(access, at + "." + key);
        for (Role role : Role.values()) {
            List<String> names = DocumentFields.strings(access, role.key(), at + "." + key + "." + role.key());
            if (!names.isEmpty()) {
                byRole.put(role, names);
            }
        }
        return byRole;
    }

    @Override
    public Optional<ProjectAccess> access(Artifact artifact) {
        Entry entry = projects.get(artifact);
        return entry == null ? Optional.empty() : Optional.of(entry.access());
    }

    @Override
    public Owners owners(Artifact artifact) {
        Entry entry = projects.get(artifact);
        return entry == null ? Owners.NONE : entry.owners();
    }

    @Override
    public long generation() {
        return generation.get();
    }

    public int size() {
        return projects.size();
    }

    @Override
    public List<Artifact> matching(String pattern) {
        return projects.keySet().stream().filter(artifact -> wildcardMatch(pattern, artifact.name())).toList();
    }

    @Override
    public List<Artifact> ofUser(String username) {
        return projects.values().stream().filter(entry -> entry.owners().users().contains(username))
                .map(entry -> entry.access().artifact()).toList();
    }

    @Override
    public List<Artifact> ofGroup(String groupName) {
        return projects.values().stream().filter(entry -> entry.owners().groups().contains(groupName))
                .map(entry -> entry.access().artifact()).toList();
    }

    /**
     * Whether a name matches a Pagure pattern, {@code *} standing for any characters and the
     * rest literal: the two-pointer match, which backtracks only to the last star, so it costs
     * at most pattern length × name length whatever the pattern.
     */
    static boolean wildcardMatch(String pattern, String name) {
        int p = 0;
        int n = 0;
        int star = -1;
        int resume = 0;
        while (n < name.length()) {
            if (p < pattern.length() && pattern.charAt(p) != '*' && pattern.charAt(p) == name.charAt(n)) {
                p++;
                n++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = n;
            } else if (star >= 0) {
                p = star + 1;
                n = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
