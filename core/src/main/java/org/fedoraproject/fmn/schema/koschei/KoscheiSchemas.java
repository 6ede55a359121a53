package org.fedoraproject.fmn.schema.koschei;

import static org.fedoraproject.fmn.schema.JsonValues.item;
import static org.fedoraproject.fmn.schema.PythonFormat.str;

import java.util.List;
import java.util.Map;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.JsonValues;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

import tools.jackson.databind.JsonNode;

/**
 * The schemas of koschei-messages: Koschei (continuous rebuilds of Fedora packages) reporting
 * that a package's or a collection's buildroot state changed.
 */
public final class KoscheiSchemas implements SchemaPackage {

    private static final String BASE_URL = "https://koschei.fedoraproject.org";

    /** What a package's new state means; other states have no wording (the summary fails). */
    private static final Map<String, String> PACKAGE_STATES = Map.of(
            "failing", "%s's builds started to fail",
            "ok", "%s's builds are back to normal",
            "ignored", "%s became retired or ignored",
            "unresolved", "%s's dependencies failed to resolve");

    private static final Map<String, String> COLLECTION_STATES = Map.of(
            "ok", "%s buildroot was fixed",
            "unresolved", "%s buildroot was broken");

    private static final SchemaDefinition KOSCHEI = SchemaDefinition.template()
            .appName("Koschei")
            .appIcon("https://apps.fedoraproject.org/img/icons/koschei.png")
            .textSameAsSummary();

    private static final List<Schema> SCHEMAS = List.of(
            KOSCHEI.named("koschei.package.state.change")
                    .groups(m -> JsonValues.strings(item(m.body(), "groups")))
                    .packages(m -> List.of(str(item(m.body(), "name"))))
                    .summary(KoscheiSchemas::packageSummary)
                    .url(m -> BASE_URL + "/package/" + str(item(m.body(), "name"))
                            + "?collection=" + str(item(m.body(), "collection"))),
            KOSCHEI.named("koschei.collection.state.change")
                    .summary(KoscheiSchemas::collectionSummary)
                    .url(m -> BASE_URL + "/collection/" + str(item(m.body(), "collection"))));

    @Override
    public String name() {
        return "koschei-messages";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }

    private static String packageSummary(Message m) {
        JsonNode body = m.body();
        String name = str(item(body, "name"));
        String info = isString(item(body, "new"), "ok") && isString(item(body, "old"), "ignored")
                ? name + " added to Koschei"
                : state(PACKAGE_STATES, item(body, "new")).formatted(name);
        return info + " in " + str(item(body, "collection")) + instanceSuffix(body);
    }

    private static String collectionSummary(Message m) {
        JsonNode body = m.body();
        String info = isString(item(body, "new"), "ok") && isString(item(body, "old"), "unknown")
                ? "%s added to Koschei"
                : state(COLLECTION_STATES, item(body, "new"));
        String suffix = instanceSuffix(body);
        return info.formatted(str(item(body, "collection_name"))) + suffix;
    }

    /** Messages from a Koji instance other than Fedora's primary one name it. */
    private static String instanceSuffix(JsonNode body) {
        JsonNode instance = item(body, "koji_instance");
        return isString(instance, "primary") ? "" : " (" + str(instance) + ")";
    }

    private static String state(Map<String, String> wordings, JsonNode state) {
        String wording = state.isString() ? wordings.get(state.stringValue()) : null;
        if (wording == null) {
            throw new IllegalArgumentException("no wording for state " + state);
        }
        return wording;
    }

    private static boolean isString(JsonNode node, String value) {
        return node.isString() && node.stringValue().equals(value);
    }
}
