package org.fedoraproject.fmn.schema.bodhi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fedoraproject.fmn.message.Message;
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

    /** Python sorts strings by code point, not by UTF-16 unit as {@link String#compareTo} does. */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

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
        TreeSet<String> users = new TreeSet<>(CODE_POINT_ORDER);
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

    /** A value that must be there, as Python's {@code d["a"]["b"]} (a KeyError otherwise). */
    static JsonNode required(JsonNode node, String... path) {
        JsonNode value = JsonValues.at(node, path);
        if (value.isMissingNode()) {
            throw new IllegalArgumentException("no " + String.join(".", path));
        }
        return value;
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
            required(update, "request");
            required(update, "release", "name");
            List<String> nvrs = new ArrayList<>();
            for (JsonNode build : required(update, "builds").values()) {
                nvrs.add(required(build, "nvr").stringValue());
            }
            return new Update(required(update, "alias").stringValue(), List.copyOf(nvrs),
                    required(update, "user", "name").stringValue(), JsonValues.str(required(update, "status")));
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
