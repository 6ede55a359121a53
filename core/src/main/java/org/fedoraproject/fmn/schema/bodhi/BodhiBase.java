package org.fedoraproject.fmn.schema.bodhi;

import static org.fedoraproject.fmn.schema.JsonValues.item;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.PythonFormat;
import org.fedoraproject.fmn.schema.JsonValues;
import org.fedoraproject.fmn.schema.SchemaDefinition;

import tools.jackson.databind.JsonNode;

/**
 * What every bodhi-messages schema shares (the {@code BodhiMessage} base class), and the reading
 * of the update that most of them carry.
 */
final class BodhiBase {

    /** The agent most bodhi messages name: the body's {@code agent}, if any. */
    static final Function<Message, String> BODY_AGENT = m -> JsonValues.string(m.body(), "agent");

    static final SchemaDefinition TEMPLATE = withAgent(SchemaDefinition.template()
            .appName("bodhi")
            .appIcon("https://apps.fedoraproject.org/img/icons/bodhi.png"), BODY_AGENT);

    private static final String UPDATES_URL = "https://bodhi.fedoraproject.org/updates/";

    /**
     * An {@code @name} mention in a comment, as bodhi recognises them: an {@code @} at the start or
     * after whitespace, then word characters. Python's {@code \w} and {@code \s} are Unicode-aware;
     * the classes below follow Python's {@code str.isalnum()} and {@code str.isspace()} (which
     * counts U+001C..U+001F as space, unlike Java).
     */
    private static final Pattern MENTION = Pattern.compile(
            "(?<![^\\s\\x1c-\\x1f])@([\\p{L}\\p{N}_]+)", Pattern.UNICODE_CHARACTER_CLASS);

    private BodhiBase() {
    }

    /**
     * Sets a schema's agent, and the usernames the base class derives from it (which every
     * subclass's usernames build on).
     */
    static SchemaDefinition withAgent(SchemaDefinition definition, Function<Message, String> agent) {
        return definition.agentName(agent).usernames(m -> baseUsernames(m, agent.apply(m)));
    }

    /** The agent and anyone {@code @mentioned} in the body's comment, sorted, without repeats. */
    static List<String> baseUsernames(Message message, String agent) {
        TreeSet<String> users = new TreeSet<>(PythonFormat.CODE_POINT_ORDER);
        if (agent != null) {
            users.add(agent);
        }
        if (message.body().has("comment")) {
            String text = message.body().get("comment").get("text").stringValue();
            Matcher mention = MENTION.matcher(text);
            while (mention.find()) {
                users.add(mention.group(1));
            }
        }
        return List.copyOf(users);
    }

    /** The URL of an update's page. */
    static String updateUrl(String alias) {
        return UPDATES_URL + alias;
    }

    /**
     * Bodhi's {@code truncate}: strings of 40 characters or more are cut to 40 and get an
     * ellipsis (so a string of exactly 40 gains one too). Characters are code points, as in Python.
     */
    static String truncate(String title) {
        if (title.codePointCount(0, title.length()) >= 40) {
            return title.substring(0, title.offsetByCodePoints(0, 40)) + "…";
        }
        return title;
    }

    /** The package of a build: its NVR without the last two dash-separated parts, as {@code rsplit("-", 2)[0]}. */
    static String packageOf(String nvr) {
        int last = nvr.lastIndexOf('-');
        if (last < 0) {
            return nvr;
        }
        int beforeLast = nvr.lastIndexOf('-', last - 1);
        return nvr.substring(0, beforeLast < 0 ? last : beforeLast);
    }

    /**
     * The update a message refers to (bodhi's {@code UpdateV1}). Building it needs every field of
     * the update's schema, so a body missing one fails every property that uses the update.
     */
    record Update(String alias, List<String> nvrs, String user, String status) {

        static Update of(JsonNode update) {
            item(update, "request");
            item(update, "release", "name");
            List<String> nvrs = new ArrayList<>();
            for (JsonNode build : item(update, "builds").values()) {
                nvrs.add(item(build, "nvr").stringValue());
            }
            return new Update(item(update, "alias").stringValue(), List.copyOf(nvrs),
                    item(update, "user", "name").stringValue(), JsonValues.str(item(update, "status")));
        }

        List<String> packages() {
            return nvrs.stream().map(BodhiBase::packageOf).toList();
        }

        /** The builds on one line, truncated, as summaries show them. */
        String buildsSummary() {
            return truncate(String.join(" ", nvrs));
        }

        /** The builds one a line, as long texts list them. */
        String buildsLines() {
            return String.join("\n", nvrs);
        }
    }
}
