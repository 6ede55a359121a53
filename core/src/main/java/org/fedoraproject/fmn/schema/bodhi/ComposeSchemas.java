package org.fedoraproject.fmn.schema.bodhi;

import static org.fedoraproject.fmn.schema.JsonValues.truthy;

import java.util.List;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.JsonValues;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;

/** The composer's schemas ({@code bodhi.compose.*} and {@code bodhi.repo.done}): a line about a repository. */
final class ComposeSchemas {

    private static final SchemaDefinition COMPOSE = BodhiBase.TEMPLATE.textSameAsSummary();

    private ComposeSchemas() {
    }

    static List<Schema> all() {
        return List.of(
                COMPOSE.named("bodhi.compose.complete.v1")
                        .summary(m -> truthy(m.body().path("success"))
                                ? "bodhi composer successfully composed " + repo(m)
                                : "bodhi composer failed to compose " + repo(m)),
                COMPOSE.named("bodhi.compose.composing.v1")
                        .summary(m -> "bodhi composer started composing " + repo(m)),
                COMPOSE.named("bodhi.compose.start.v1")
                        .summary(m -> "bodhi composer started a push"),
                COMPOSE.named("bodhi.compose.sync.done.v1")
                        .summary(m -> "bodhi composer finished waiting for " + repo(m) + " to hit the master mirror"),
                COMPOSE.named("bodhi.compose.sync.wait.v1")
                        .summary(m -> "bodhi composer is waiting for " + repo(m) + " to hit the master mirror"),
                COMPOSE.named("bodhi.repo.done.v1")
                        .summary(m -> "bodhi composer is finished building " + repo(m)));
    }

    /** The repository as the summaries print it ({@code None} when absent). */
    private static String repo(Message message) {
        return JsonValues.str(message.body(), "repo");
    }

}
