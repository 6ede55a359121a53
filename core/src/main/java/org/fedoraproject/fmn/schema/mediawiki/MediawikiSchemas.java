package org.fedoraproject.fmn.schema.mediawiki;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.JsonValues;
import org.fedoraproject.fmn.schema.PythonFormat;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

import tools.jackson.databind.JsonNode;

/** The schemas of mediawiki-messages: edits on the Fedora wiki. */
public final class MediawikiSchemas implements SchemaPackage {

    // The released package calls the application "Wiki" (later sources say "Mediawiki").
    private static final SchemaDefinition MEDIAWIKI = SchemaDefinition.template()
            .appName("Wiki")
            .appIcon("https://apps.fedoraproject.org/img/icons/mediawiki.png")
            .agentName(m -> JsonValues.string(m.body(), "user"))
            .usernames(MediawikiSchemas::editorAndUserPageOwner);

    private static final List<Schema> SCHEMAS = List.of(
            MEDIAWIKI.named("wiki.article.edit.v1")
                    .summary(m -> "Wiki page " + field(m, "title") + " was edited by " + field(m, "user"))
                    .text(m -> "Wiki page " + field(m, "title") + " was edited by " + field(m, "user")
                            + "\nSummary: " + field(m, "summary")
                            + "\nPage: " + field(m, "page_url")
                            + "\nDiff: " + field(m, "diff_url") + "\n")
                    .url(m -> JsonValues.string(m.body(), "diff_url")));

    @Override
    public String name() {
        return "mediawiki-messages";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }

    private static String field(Message m, String key) {
        return PythonFormat.str(m.body().required(key));
    }

    // Editing a page "User:Name" concerns that user too, named in lower case.
    private static List<String> editorAndUserPageOwner(Message m) {
        List<String> names = new ArrayList<>();
        names.add(JsonValues.string(m.body(), "user"));
        JsonNode title = m.body().required("title");
        if (!title.isString()) {
            throw new IllegalArgumentException("title is not a string");
        }
        if (title.stringValue().startsWith("User:")) {
            names.add(title.stringValue().substring("User:".length()).toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
