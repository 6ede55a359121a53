package org.fedoraproject.fmn.forge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;

import tools.jackson.databind.JsonNode;

/**
 * A forge held in memory (thread-safe; changes apply at once), read from the JSON shape the
 * embedded default and offline tools use: {@code {"projects": [{"namespace", "name",
 * "access_users": {"owner", "admin", "commit", "collaborator", "ticket"}, "access_groups":
 * {...}}]}}, the fields of Pagure's project resource. Owning sets are computed once per
 * project, since matching asks for them on every message.
 */
public final class InMemoryForge implements Forge {

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
     * Reads the forge JSON. Projects in namespaces FMN does not track are skipped.
     *
     * @throws IllegalArgumentException naming the entry when the JSON is not of that shape
     */
    public static InMemoryForge fromJson(JsonNode json) {
        JsonNode list = json.path("projects");
        if (!list.isArray()) {
            throw new IllegalArgumentException("distgit: \"projects\" must be a list");
        }
        List<ProjectAccess> projects = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode project = list.get(i);
            String namespace = project.path("namespace").stringValue(null);
            String name = project.path("name").stringValue(null);
            if (namespace == null || name == null) {
                throw new IllegalArgumentException("distgit: projects[" + i + "] needs a namespace and a name");
            }
            ArtifactType type = ArtifactType.ofKey(namespace);
            if (type == null) {
                continue;
            }
            projects.add(new ProjectAccess(new Artifact(type, name),
                    roles(project.path("access_users")), roles(project.path("access_groups"))));
        }
        return new InMemoryForge(projects);
    }

    private static Map<Role, List<String>> roles(JsonNode access) {
        Map<Role, List<String>> byRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            List<String> names = new ArrayList<>();
            for (JsonNode name : access.path(role.key())) {
                if (name.isString()) {
                    names.add(name.stringValue());
                }
            }
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
}
