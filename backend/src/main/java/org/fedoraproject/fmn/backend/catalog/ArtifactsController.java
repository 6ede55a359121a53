package org.fedoraproject.fmn.backend.catalog;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.fedoraproject.fmn.forge.ProjectCatalog;
import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.rule.Artifact;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/v1/artifacts}: the dist-git artifacts matching any of the {@code names}
 * patterns ({@code *rust*}), or held by any of the {@code users} or {@code groups} — each a
 * repeatable query key — as {@code [{"type": "rpms", "name": "..."}]}, each once, sorted by
 * name then type, as FMN answers. No parameter, no artifacts.
 */
@RestController
class ArtifactsController {

    private static final Comparator<Artifact> BY_NAME_THEN_TYPE =
            Comparator.comparing(Artifact::name).thenComparing(a -> a.type().key());

    private final ProjectCatalog catalog;

    ArtifactsController(ProjectCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/artifacts")
    List<ObjectNode> artifacts(@RequestParam(defaultValue = "") List<String> names,
            @RequestParam(defaultValue = "") List<String> users, @RequestParam(defaultValue = "") List<String> groups) {
        Set<Artifact> found = new LinkedHashSet<>();
        names.stream().filter(n -> !n.isEmpty()).forEach(pattern -> found.addAll(catalog.matching(pattern)));
        users.stream().filter(n -> !n.isEmpty()).forEach(user -> found.addAll(catalog.ofUser(user)));
        groups.stream().filter(n -> !n.isEmpty()).forEach(group -> found.addAll(catalog.ofGroup(group)));
        return found.stream().sorted(BY_NAME_THEN_TYPE).map(artifact -> {
            ObjectNode json = Json.MAPPER.createObjectNode();
            json.put("type", artifact.type().key());
            json.put("name", artifact.name());
            return json;
        }).toList();
    }
}
