package org.fedoraproject.fmn.backends.pagure;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fedoraproject.fmn.backends.http.Answer;
import org.fedoraproject.fmn.backends.http.ServiceClient;
import org.fedoraproject.fmn.forge.ProjectAccess;
import org.fedoraproject.fmn.forge.Role;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;

import tools.jackson.databind.JsonNode;

/**
 * Who maintains every project of dist-git, from the two files Fedora's dist-git publishes for
 * tools that need all of it at once (regenerated there every few minutes), instead of one API
 * call per project:
 * <ul>
 * <li>{@code /extras/pagure_owner_alias.json}: per namespace, per project, the names of everyone
 * with commit access or more (owner, admins, committers), groups written {@code @name};</li>
 * <li>{@code /extras/pagure_poc.json}: per namespace, per project, its points of contact, of
 * which {@code admin} is the project's main admin: Pagure's owner.</li>
 * </ul>
 * What they cannot give: the roles beyond the owner. Every other name becomes a committer, which
 * is all matching needs (owner, admin, commit and collaborator all count as maintaining a
 * project); the exact roles arrive with the project's first refresh from the API.
 */
public final class DistGitOwnership {

    /** The file of maintainers, relative to dist-git's URL. */
    public static final String OWNER_ALIAS = "extras/pagure_owner_alias.json";
    /** The file of points of contact, relative to dist-git's URL. */
    public static final String POINTS_OF_CONTACT = "extras/pagure_poc.json";

    private final URI base;
    private final ServiceClient client;

    /**
     * @param distgit dist-git's URL ({@code https://src.fedoraproject.org})
     * @param client the client dist-git's API is read with, so that both share its limit of
     *        requests at once
     */
    public DistGitOwnership(URI distgit, ServiceClient client) {
        String url = distgit.toString();
        if (url.endsWith("/api/0") || url.endsWith("/api/0/")) {
            url = url.substring(0, url.lastIndexOf("/api/0"));
        }
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.client = client;
    }

    /** Where the maintainers' file is read from. */
    public URI ownerAlias() {
        return base.resolve(OWNER_ALIAS);
    }

    /**
     * Every project of the namespaces, with its maintainers; empty when dist-git publishes no
     * maintainers' file (404).
     *
     * @throws org.fedoraproject.fmn.backends.http.ServiceException when dist-git does not answer
     *         or answers something else
     */
    public List<ProjectAccess> projects(Set<ArtifactType> namespaces) {
        Optional<Answer> aliases = client.get(ownerAlias());
        if (aliases.isEmpty()) {
            return List.of();
        }
        Map<Artifact, String> owners = pointsOfContact(namespaces);
        Answer answer = aliases.get();
        List<ProjectAccess> projects = new ArrayList<>();
        answer.body().properties().forEach(namespace -> {
            ArtifactType type = type(namespace.getKey());
            if (type == null || !namespaces.contains(type) || !namespace.getValue().isObject()) {
                return;
            }
            namespace.getValue().properties().forEach(project -> {
                Artifact artifact = new Artifact(type, project.getKey());
                List<String> names = answer.strings(namespace.getValue(), project.getKey(),
                        namespace.getKey() + "." + project.getKey());
                projects.add(access(artifact, names, owners.get(artifact)));
            });
        });
        return projects;
    }

    private static ProjectAccess access(Artifact artifact, List<String> names, String owner) {
        List<String> users = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith("@")) {
                groups.add(name.substring(1));
            } else if (!name.equals(owner) && !name.isEmpty()) {
                users.add(name);
            }
        }
        Map<Role, List<String>> byRole = new EnumMap<>(Role.class);
        if (owner != null && names.contains(owner)) {
            byRole.put(Role.OWNER, List.of(owner));
        }
        if (!users.isEmpty()) {
            byRole.put(Role.COMMIT, users);
        }
        return new ProjectAccess(artifact, byRole, groups.isEmpty() ? Map.of() : Map.of(Role.COMMIT, groups));
    }

    /** Each project's main admin; none when the file is not there or not as expected. */
    private Map<Artifact, String> pointsOfContact(Set<ArtifactType> namespaces) {
        Map<Artifact, String> owners = new HashMap<>();
        client.get(base.resolve(POINTS_OF_CONTACT)).ifPresent(answer -> answer.body().properties().forEach(namespace -> {
            ArtifactType type = type(namespace.getKey());
            if (type != null && namespaces.contains(type)) {
                namespace.getValue().properties().forEach(project -> {
                    JsonNode admin = project.getValue().path("admin");
                    if (admin.isString() && !admin.stringValue().isEmpty()) {
                        owners.put(new Artifact(type, project.getKey()), admin.stringValue());
                    }
                });
            }
        }));
        return owners;
    }

    /** The namespace of a file's key; dist-git calls the containers' namespace {@code container}. */
    private static ArtifactType type(String namespace) {
        return "container".equals(namespace) ? ArtifactType.CONTAINERS : ArtifactType.ofKey(namespace);
    }
}
