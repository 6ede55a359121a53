package org.fedoraproject.fmn.app.server.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fedoraproject.fmn.message.Json;

import tools.jackson.databind.JsonNode;

/**
 * Who and what the demo stream talks about: the demo folder's accounts ({@code directory.json})
 * and dist-git repositories ({@code distgit.json}), with each repository's owners and committers.
 */
record DemoWorld(List<String> users, List<Repository> repositories) {

    /** A dist-git repository and the users who own it or commit to it. */
    record Repository(String namespace, String name, List<String> owners, List<String> committers) {
        /** Everyone who works on it: its owners first. */
        List<String> people() {
            List<String> people = new ArrayList<>(owners);
            committers.stream().filter(c -> !people.contains(c)).forEach(people::add);
            return people;
        }
    }

    DemoWorld {
        if (users.isEmpty() || repositories.stream().noneMatch(r -> "rpms".equals(r.namespace()) && !r.owners().isEmpty())) {
            throw new IllegalArgumentException("the demo stream needs users and an owned rpms repository");
        }
    }

    static DemoWorld read(Path demoFolder) {
        JsonNode directory = json(demoFolder.resolve("directory.json"));
        JsonNode distgit = json(demoFolder.resolve("distgit.json"));
        List<String> users = new ArrayList<>();
        directory.path("users").forEach(user -> users.add(user.path("username").stringValue()));
        List<Repository> repositories = new ArrayList<>();
        for (JsonNode project : distgit.path("projects")) {
            repositories.add(new Repository(project.path("namespace").stringValue(), project.path("name").stringValue(),
                    names(project.path("access_users").path("owner")),
                    names(project.path("access_users").path("commit"))));
        }
        return new DemoWorld(List.copyOf(users), List.copyOf(repositories));
    }

    /** The rpms repositories with an owner: the packages builds and updates are about. */
    List<Repository> packages() {
        return repositories.stream().filter(r -> "rpms".equals(r.namespace()) && !r.owners().isEmpty()).toList();
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(name -> names.add(name.stringValue()));
        return names;
    }

    private static JsonNode json(Path file) {
        try {
            return Json.parseUtf8(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
