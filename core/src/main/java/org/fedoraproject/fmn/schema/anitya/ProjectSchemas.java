package org.fedoraproject.fmn.schema.anitya;

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
                    .summary(m -> "A flag '" + PyAccess.str(m.body(), "message", "flag") + "' was "
                            + PyAccess.str(m.body(), "message", "state") + " in release-monitoring."),
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
                    .summary(m -> "A new version '" + PyAccess.str(m.body(), "message", "upstream_version")
                            + "' was found for project " + projectName(m) + " in release-monitoring."),
            ANITYA.named("anitya.project.version.update.v2")
                    .packages(ProjectSchemas::fedoraMappings)
                    .summary(m -> "A new versions '" + PyAccess.join(PyAccess.item(m.body(), "message", "upstream_versions"))
                            + "' were found for project " + projectName(m) + " in release-monitoring."),
            ANITYA.named("anitya.project.version.remove")
                    .summary(m -> "A version '" + PyAccess.str(m.body(), "message", "version")
                            + "' was deleted in project " + projectName(m) + " in release-monitoring."),
            ANITYA.named("anitya.project.version.remove.v2")
                    .summary(ProjectSchemas::deletedVersionsSummary));

    private ProjectSchemas() {
    }

    private static String projectName(Message m) {
        return PyAccess.str(m.body(), "project", "name");
    }

    private static boolean mappedInFedora(Message m) {
        return "Fedora".equals(PyAccess.value(m.body(), "distro", "name"));
    }

    /** A new mapping names a package only when it maps the project to Fedora. */
    private static List<String> newMappingPackages(Message m) {
        if (!mappedInFedora(m)) {
            return List.of();
        }
        return Collections.singletonList(PyAccess.value(m.body(), "message", "new"));
    }

    /** An edited Fedora mapping names the previous and the new package, sorted, once each. */
    private static List<String> editedMappingPackages(Message m) {
        if (!mappedInFedora(m)) {
            return List.of();
        }
        TreeSet<String> names = new TreeSet<>(PyAccess.CODE_POINT_ORDER);
        names.add(PyAccess.value(m.body(), "message", "prev"));
        names.add(PyAccess.value(m.body(), "message", "new"));
        return List.copyOf(names);
    }

    /** The Fedora package names among the project's mappings, in mapping order. */
    private static List<String> fedoraMappings(Message m) {
        List<String> packages = new ArrayList<>();
        for (JsonNode mapping : PyAccess.list(m.body(), "message", "packages")) {
            if ("Fedora".equals(PyAccess.value(mapping, "distro"))) {
                packages.add(PyAccess.value(mapping, "package_name"));
            }
        }
        return packages;
    }

    /** Names the versions when there are few (one, or up to five), otherwise counts them. */
    private static String deletedVersionsSummary(Message m) {
        JsonNode versions = PyAccess.list(m.body(), "message", "versions");
        String project = projectName(m);
        if (versions.size() == 1) {
            return "A version '" + PythonFormat.str(versions.get(0)) + "' was deleted in project " + project
                    + " in release-monitoring.";
        }
        if (versions.size() <= 5) {
            return "A versions '" + PyAccess.join(versions) + "' were deleted in project " + project
                    + " in release-monitoring.";
        }
        return versions.size() + " versions entries were deleted in project " + project + " in release-monitoring.";
    }
}
