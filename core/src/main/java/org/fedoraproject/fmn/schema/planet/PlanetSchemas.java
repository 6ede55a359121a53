package org.fedoraproject.fmn.schema.planet;

import static org.fedoraproject.fmn.schema.PythonFormat.repr;
import static org.fedoraproject.fmn.schema.PythonFormat.str;

import java.util.ArrayList;
import java.util.List;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

import tools.jackson.databind.JsonNode;

/**
 * The schemas of fedora-planet-messages: a blog post aggregated on Fedora Planet, and the planet
 * being rebuilt. Neither class names its application, so the app name is unknown.
 */
public final class PlanetSchemas implements SchemaPackage {

    private static final List<Schema> SCHEMAS = List.of(
            SchemaDefinition.template()
                    .named("planet.build")
                    .summary(m -> {
                        JsonNode title = m.body().get("title");
                        return (title == null ? "The planet" : str(title)) + " has been rebuilt";
                    })
                    .textSameAsSummary(),
            SchemaDefinition.template()
                    .named("planet.post.new")
                    .agentName(PlanetSchemas::author)
                    .usernames(m -> author(m) == null ? List.of() : List.of(author(m)))
                    .summary(PlanetSchemas::postSummary)
                    .textSameAsSummary());

    @Override
    public String name() {
        return "fedora-planet-messages";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }

    private static String author(Message m) {
        JsonNode username = m.body().path("username");
        return username.isString() ? username.stringValue() : null;
    }

    /** Title and author are quoted as Python's {@code repr()} quotes them, and left out when unknown. */
    private static String postSummary(Message m) {
        JsonNode post = m.body().get("post");
        if (post == null || !post.isObject()) {
            throw new IllegalArgumentException("no post");
        }
        List<String> words = new ArrayList<>(List.of("A new post"));
        JsonNode title = post.path("title");
        if (!title.isMissingNode() && !title.isNull()) {
            words.add(repr(title));
        }
        words.add("was published on planet");
        String author = author(m);
        if (author != null) {
            words.add("by");
            words.add(repr(m.body().get("username")));
        }
        return String.join(" ", words) + ".";
    }
}
