package org.fedoraproject.fmn.schema.bodhi;

import static org.fedoraproject.fmn.schema.JsonValues.item;

import java.util.List;
import java.util.function.Function;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;

/** The buildroot override schemas: a submitter and the build they override. */
final class OverrideSchemas {

    private static final Function<Message, String> SUBMITTER =
            m -> item(m.body(), "override", "submitter", "name").stringValue();
    private static final Function<Message, String> NVR = m -> item(m.body(), "override", "nvr").stringValue();

    private static final SchemaDefinition OVERRIDE = BodhiBase.TEMPLATE
            .agentName(SUBMITTER)
            .usernames(m -> List.of(SUBMITTER.apply(m)))
            .packages(m -> List.of(BodhiBase.packageOf(NVR.apply(m))))
            .url(m -> "https://bodhi.fedoraproject.org/overrides/" + NVR.apply(m))
            .textSameAsSummary();

    private OverrideSchemas() {
    }

    static List<Schema> all() {
        return List.of(
                OVERRIDE.named("bodhi.buildroot_override.tag.v1")
                        .summary(m -> SUBMITTER.apply(m) + " submitted a buildroot override for " + NVR.apply(m)),
                OVERRIDE.named("bodhi.buildroot_override.untag.v1")
                        .summary(m -> SUBMITTER.apply(m) + " expired a buildroot override for " + NVR.apply(m)));
    }
}
