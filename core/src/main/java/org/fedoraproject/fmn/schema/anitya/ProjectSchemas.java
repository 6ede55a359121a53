package org.fedoraproject.fmn.schema.anitya;

import static org.fedoraproject.fmn.schema.JsonValues.item;
import static org.fedoraproject.fmn.schema.JsonValues.joined;
import static org.fedoraproject.fmn.schema.JsonValues.strItem;
import static org.fedoraproject.fmn.schema.JsonValues.strItemOrNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.PythonFormat;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;

import tools.jackson.databind.JsonNode;

/** Anitya's project events: projects, their flags, their distribution mappings and versions. */
final class ProjectSchemas {

    private static final SchemaDefinition ANITYA = AnityaSchemas.ANITYA;

    static final List<Schema> SCHEMAS = List.of(
            ANITYA.named("anitya.project.add")
                    .summary(m -> "A new project, " + projectName(m) + ", was added to release-monitoring."),
            ANITYA.named("anitya.project.edit")
                    .summary(m -> "A project, " + projectName(m) + ", was edited in release-monitoring."),
            ANITYA.named("anitya.project.remove")
                    .summary(m -> "A project, " + projectName(m) + ", was deleted in release-monitoring."),
            ANITYA.named("anitya.project.flag")
                    .summary(m -> "A flag was created on project " + projectName(m) + " in release-monitoring."),
            ANITYA.named("anitya.project.flag.set")
                    .summary(m -> "A flag '" + strItem(m.body(), "message", "flag") + "' was "
                            + strItem(m.body(), "message", "state") + " in release-monitoring."),
            ANITYA.named("anitya.project.map.new")
                    .packages(ProjectSchemas::newMappingPackages)
                    .summary(m -> "A new mapping was created for project " + projectName(m)
                            + " in release-monitoring."),
            ANITYA.named("anitya.project.map.update")
                    .packages(ProjectSchemas::editedMappingPackages)
                    .summary(m -> "A mapping for project " + projectName(m) + " was edited in release-monitoring."),
            ANITYA.named("anitya.project.map.remove")
                    .summary(m -> "A mapping for project " + projectName(m) + " was deleted in release-monitoring."),
            // Upstream only warns that this v1 schema is superseded by v2; it does not mark it
            // deprecated, so FMN still notifies about it.
            ANITYA.named("anitya.project.version.update")
                    .summary(m -> "A new version '" + strItem(m.body(), "message", "upstream_version")
                            + "' was found for project " + projectName(m) + " in release-monitoring."),
            ANITYA.named("anitya.project.version.update.v2")
                    .packages(ProjectSchemas::fedoraMappings)
                    .summary(m -> "A new versions '" + joined(", ", item(m.body(), "message", "upstream_versions"))
                            + "' were found for project " + projectName(m) + " in release-monitoring."),
            ANITYA.named("anitya.project.version.remove")
                    .summary(m -> "A version '" + strItem(m.body(), "message", "version")
                            + "' was deleted in project " + projectName(m) + " in release-monitoring."),
            ANITYA.named("anitya.project.version.remove.v2")
                    .summary(ProjectSchemas::deletedVersionsSummary));

    private ProjectSchemas() {
    }

    private static String projectName(Message m) {
        return strItem(m.body(), "project", "name");
    }

    private static boolean mappedInFedora(Message m) {
        return "Fedora".equals(strItemOrNull(m.body(), "distro", "name"));
    }

    /** A new mapping names a package only when it maps the project to Fedora. */
    private static List<String> newMappingPackages(Message m) {
        if (!mappedInFedora(m)) {
            return List.of();
        }
        return Collections.singletonList(strItemOrNull(m.body(), "message", "new"));
    }

    /** An edited Fedora mapping names the previous and the new package, sorted, once each. */
    private static List<String> editedMappingPackages(Message m) {
        if (!mappedInFedora(m)) {
            return List.of();
        }
        TreeSet<String> names = new TreeSet<>(PythonFormat.CODE_POINT_ORDER);
        names.add(strItemOrNull(m.body(), "message", "prev"));
        names.add(strItemOrNull(m.body(), "message", "new"));
        return List.copyOf(names);
    }

    /** The Fedora package names among the project's mappings, in mapping order. */
    private static List<String> fedoraMappings(Message m) {
        List<String> packages = new ArrayList<>();
        for (JsonNode mapping : list(m.body(), "message", "packages")) {
            if ("Fedora".equals(strItemOrNull(mapping, "distro"))) {
                packages.add(strItemOrNull(mapping, "package_name"));
            }
        }
        return packages;
    }

    /** Names the versions when there are few (one, or up to five), otherwise counts them. */
    private static String deletedVersionsSummary(Message m) {
        JsonNode versions = list(m.body(), "message", "versions");
        String project = projectName(m);
        if (versions.size() == 1) {
            return "A version '" + PythonFormat.str(versions.get(0)) + "' was deleted in project " + project
                    + " in release-monitoring.";
        }
        if (versions.size() <= 5) {
            return "A versions '" + joined(", ", versions) + "' were deleted in project " + project
                    + " in release-monitoring.";
        }
        return versions.size() + " versions entries were deleted in project " + project + " in release-monitoring.";
    }

    /** {@code node[...]} where the code needs a list (to iterate it or take its length). */
    private static JsonNode list(JsonNode node, String... path) {
        JsonNode value = item(node, path);
        if (!value.isArray()) {
            throw new IllegalArgumentException("TypeError: not a list: " + value);
        }
        return value;
    }
}
