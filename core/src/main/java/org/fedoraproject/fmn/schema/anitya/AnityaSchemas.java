package org.fedoraproject.fmn.schema.anitya;

import static org.fedoraproject.fmn.schema.JsonValues.strItem;
import static org.fedoraproject.fmn.schema.JsonValues.strItemOrNull;

import java.util.ArrayList;
import java.util.List;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

/**
 * The schemas of anitya-schema: events of Anitya (release-monitoring.org) about distributions
 * and projects. The topics carry Anitya's own prefix ({@code org.release-monitoring.prod.}).
 */
public final class AnityaSchemas implements SchemaPackage {

    /**
     * What every Anitya message shares: the app, the agent from {@code message.agent} and a text
     * that is the summary. Anitya names no usernames (its agents are often OpenID URLs or email
     * addresses rather than Fedora accounts), sets no icon and no URL.
     */
    static final SchemaDefinition ANITYA = SchemaDefinition.template()
            .appName("anitya")
            .agentName(m -> strItemOrNull(m.body(), "message", "agent"))
            .textSameAsSummary();

    private static final List<Schema> DISTRO_SCHEMAS = List.of(
            ANITYA.named("anitya.distro.add")
                    .summary(m -> "A new distribution, " + distroName(m) + ", was added to release-monitoring."),
            ANITYA.named("anitya.distro.edit")
                    .summary(m -> "The name of the " + strItem(m.body(), "message", "old")
                            + " distribution changed to " + strItem(m.body(), "message", "new") + "."),
            ANITYA.named("anitya.distro.remove")
                    .summary(m -> "The " + distroName(m) + " distribution was removed from release-monitoring."));

    private static final List<Schema> ALL;

    static {
        List<Schema> all = new ArrayList<>(DISTRO_SCHEMAS);
        all.addAll(ProjectSchemas.SCHEMAS);
        ALL = List.copyOf(all);
    }

    @Override
    public String name() {
        return "anitya-schema";
    }

    @Override
    public List<Schema> schemas() {
        return ALL;
    }

    /** {@code distro.name}: the distribution a distro event or a mapping event is about. */
    static String distroName(Message m) {
        return strItem(m.body(), "distro", "name");
    }
}
