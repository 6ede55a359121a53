package org.fedoraproject.fmn.cache.invalidation;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.fedoraproject.fmn.cache.Tags;
import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;

import tools.jackson.databind.JsonNode;

/**
 * The tags a Pagure message about a dist-git project's access makes stale. Every
 * {@code pagure.project.*} body carries the project as {@code project} ({@code namespace},
 * {@code name}, {@code parent}, {@code full_url}, {@code access_users}, {@code access_groups}).
 *
 * <ul>
 * <li>{@code user.added}, {@code user.access.updated} ({@code new_user}) and {@code user.removed}
 * ({@code removed_user}: not in the corpus, Pagure's {@code remove_user_of_project} sends it so)
 * → {@code artifact:<ns>/<name>} and {@code user:<u>} (the projects they are on).
 * <li>{@code group.added}, {@code group.access.updated} ({@code new_group}) and
 * {@code group.removed} ({@code removed_groups}, a list) → the artifact and {@code group:<g>}.
 * <li>{@code new} and {@code deleted} → the artifact (a name kept as "no such project" or an
 * access list that is gone) and everyone on the body's access lists (their project lists).
 * <li>{@code edit} → the artifact: an edit may hand the project to another owner.
 * </ul>
 * Only projects of the configured dist-git count: the project's {@code full_url} must be on
 * dist-git's host, under its path. Pagure's bodies do not name the instance otherwise (the
 * topic prefix does in production, {@code io.pagure.} for pagure.io, but a prefix is deployment
 * configuration). Forks ({@code parent} set) and namespaces FMN does not track are ignored: a
 * fork of {@code rpms/kernel} has the namespace {@code rpms} and the name {@code kernel} too.
 */
final class DistGitChanges {

    private final String host;
    private final int port;
    private final String path;

    /** @param distgit dist-git's base URL, {@code fmn.distgit.url} */
    DistGitChanges(URI distgit) {
        this.host = lower(distgit.getHost());
        this.port = portOf(distgit);
        String base = distgit.getPath() == null ? "" : distgit.getPath();
        this.path = base.endsWith("/") ? base : base + "/";
    }

    Set<String> staleTags(Message message) {
        Optional<String> event = Topics.event(message.topic(), "pagure.project.");
        if (event.isEmpty()) {
            return Set.of();
        }
        JsonNode body = message.body();
        JsonNode project = body.path("project");
        Optional<Artifact> artifact = trackedArtifact(project);
        if (artifact.isEmpty()) {
            return Set.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        tags.add(Tags.artifact(artifact.get()));
        switch (event.get()) {
            case "user.added", "user.access.updated" -> addUser(tags, Bodies.text(body, "new_user"));
            case "user.removed" -> addUser(tags, Bodies.text(body, "removed_user"));
            case "group.added", "group.access.updated" -> addGroup(tags, Bodies.text(body, "new_group"));
            case "group.removed" -> body.path("removed_groups").forEach(g -> addGroup(tags, g.isString() ? g.stringValue() : null));
            case "new", "deleted" -> {
                project.path("access_users").forEach(names -> names.forEach(n -> addUser(tags, n.isString() ? n.stringValue() : null)));
                project.path("access_groups").forEach(names -> names.forEach(n -> addGroup(tags, n.isString() ? n.stringValue() : null)));
            }
            case "edit" -> {
                // the artifact alone
            }
            default -> {
                return Set.of(); // forked, tag.edited, …: nothing FMN keeps depends on them
            }
        }
        return tags;
    }

    private Optional<Artifact> trackedArtifact(JsonNode project) {
        if (!project.isObject() || !project.path("parent").isNull() || !onDistGit(Bodies.text(project, "full_url"))) {
            return Optional.empty();
        }
        String namespace = Bodies.text(project, "namespace");
        String name = Bodies.text(project, "name");
        ArtifactType type = namespace == null ? null : ArtifactType.ofKey(namespace);
        return type == null || name == null ? Optional.empty() : Optional.of(new Artifact(type, name));
    }

    private boolean onDistGit(String fullUrl) {
        if (fullUrl == null) {
            return false;
        }
        try {
            URI url = URI.create(fullUrl);
            String urlPath = url.getPath() == null ? "" : url.getPath();
            return host != null && host.equals(lower(url.getHost())) && port == portOf(url) && urlPath.startsWith(path);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void addUser(Set<String> tags, String username) {
        if (username != null && !username.isEmpty()) {
            tags.add(Tags.user(username));
        }
    }

    private static void addGroup(Set<String> tags, String group) {
        if (group != null && !group.isEmpty()) {
            tags.add(Tags.group(group));
        }
    }

    private static String lower(String host) {
        return host == null ? null : host.toLowerCase(Locale.ROOT);
    }

    // http and https count as the same instance: Pagure's full_url follows its APP_URL setting,
    // which need not be the scheme FMN is configured to call it with.
    private static int portOf(URI url) {
        return url.getPort() == 80 || url.getPort() == 443 ? -1 : url.getPort();
    }
}
