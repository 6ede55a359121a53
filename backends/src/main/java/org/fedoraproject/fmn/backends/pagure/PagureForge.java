package org.fedoraproject.fmn.backends.pagure;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fedoraproject.fmn.backends.http.Answer;
import org.fedoraproject.fmn.backends.http.ClientSettings;
import org.fedoraproject.fmn.backends.http.Pages;
import org.fedoraproject.fmn.backends.http.ServiceClient;
import org.fedoraproject.fmn.backends.http.ServiceException;
import org.fedoraproject.fmn.backends.http.Uris;
import org.fedoraproject.fmn.forge.Forge;
import org.fedoraproject.fmn.forge.ProjectAccess;
import org.fedoraproject.fmn.forge.ProjectCatalog;
import org.fedoraproject.fmn.rule.Artifact;

import tools.jackson.databind.JsonNode;

/**
 * Dist-git as Pagure (API 0) answers it, both as matching's {@link Forge} and as the API's
 * {@link ProjectCatalog}:
 * <ul>
 * <li>{@link #access}: {@code GET /api/0/{namespace}/{name}}, its {@code access_users} and
 *     {@code access_groups};</li>
 * <li>{@link #matching}: {@code GET /api/0/projects?pattern=...&fork=false&short=true}, in every
 *     namespace, keeping those FMN tracks;</li>
 * <li>{@link #ofUser}: {@code GET /api/0/projects?username=...&fork=false}, keeping the projects
 *     where the user is owner, admin, committer or collaborator (Pagure also lists those the
 *     user reaches through a group or holds with ticket access only), as FMN does;</li>
 * <li>{@link #ofGroup}: {@code GET /api/0/group/{name}?projects=true}, keeping the projects where
 *     the group is admin, committer or collaborator.</li>
 * </ul>
 * Lists are read 100 projects a page (Pagure's largest), following {@code pagination.next}
 * ({@link PagurePaging}). A project, user or group Pagure does not know (404) has nothing,
 * not an error; any other failure is a {@link ServiceException}. Nothing is kept between calls
 * ({@link #generation()} stays negative): caching is another layer's job.
 */
public final class PagureForge implements Forge, ProjectCatalog, AutoCloseable {

    /** The service's name in errors and logs. */
    public static final String SERVICE = "dist-git";

    /** Pagure's largest page. */
    static final int PER_PAGE = 100;

    private final URI api;
    private final ServiceClient client;

    /**
     * @param url dist-git's URL ({@code https://src.fedoraproject.org}); {@code /api/0} is added
     *        unless it ends with it
     */
    public PagureForge(URI url, ServiceClient client) {
        this.api = Uris.apiRoot(url, "/api/0");
        this.client = client;
    }

    /** A forge on its own client, sending no credentials. */
    public static PagureForge connect(URI url, ClientSettings settings) {
        return new PagureForge(url, ServiceClient.create(SERVICE, settings));
    }

    /** The API root requests go to ({@code https://src.fedoraproject.org/api/0}). */
    public URI api() {
        return api;
    }

    @Override
    public Optional<ProjectAccess> access(Artifact artifact) {
        URI uri = Uris.resource(api, false, null, artifact.type().key(), artifact.name());
        if (uri == null) {
            return Optional.empty();
        }
        return client.get(uri).map(answer -> ProjectJson.access(answer, answer.body(), artifact, ""));
    }

    @Override
    public List<Artifact> matching(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            return List.of();
        }
        Map<String, String> query = projectsQuery();
        query.put("pattern", pattern);
        query.put("short", "true");
        return projects(Uris.resource(api, false, query, "projects"), (answer, project, at) -> true);
    }

    @Override
    public List<Artifact> ofUser(String username) {
        if (username == null || username.isEmpty()) {
            return List.of();
        }
        Map<String, String> query = projectsQuery();
        query.put("username", username);
        query.put("short", "false");
        return projects(Uris.resource(api, false, query, "projects"),
                (answer, project, at) -> ProjectJson.owns(answer, project, "access_users", username, at));
    }

    @Override
    public List<Artifact> ofGroup(String groupName) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("projects", "true");
        query.put("per_page", Integer.toString(PER_PAGE));
        URI uri = Uris.resource(api, false, query, "group", groupName);
        if (uri == null) {
            return List.of();
        }
        return projects(uri, (answer, project, at) -> ProjectJson.owns(answer, project, "access_groups", groupName, at));
    }

    /** Which projects of a list to keep; {@code at} is the project's path in the answer. */
    @FunctionalInterface
    private interface Keep {
        boolean test(Answer answer, JsonNode project, String at);
    }

    private static Map<String, String> projectsQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("fork", "false");
        query.put("per_page", Integer.toString(PER_PAGE));
        return query;
    }

    /** The tracked artifacts of the {@code projects} of every page that {@code keep} accepts, each once. */
    private List<Artifact> projects(URI first, Keep keep) {
        Set<Artifact> found = new LinkedHashSet<>();
        Pages.read(client, first, PagurePaging.INSTANCE, page -> {
            JsonNode projects = page.list(page.body(), "projects", "projects");
            for (int i = 0; i < projects.size(); i++) {
                String at = "projects[" + i + "]";
                JsonNode project = page.item(projects.get(i), at);
                Artifact artifact = ProjectJson.artifact(page, project, at);
                if (artifact != null && keep.test(page, project, at)) {
                    found.add(artifact);
                }
            }
            return true;
        });
        return new ArrayList<>(found);
    }

    /** The whole of dist-git's ownership from its published files, read with this forge's client. */
    public DistGitOwnership ownership() {
        return new DistGitOwnership(api, client);
    }

    /** The client requests go out on: its limit of requests at once, and what it sent. */
    public ServiceClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }
}
