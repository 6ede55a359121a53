package org.fedoraproject.fmn.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.fedoraproject.fmn.message.Message;

import tools.jackson.databind.JsonNode;

/**
 * What FMN derives from a message whose schema it does not know (or that names none): what
 * fedora-messaging's base class gives (the topic as summary, the default text, no app, agent
 * or URL), plus the people, groups and artifacts the publisher named in its filter headers
 * ({@code fedora_messaging_user_<name>}, {@code ..._group_}, {@code ..._rpm_},
 * {@code ..._container_}, {@code ..._module_}, {@code ..._flatpak_}), so that messages of new
 * applications still reach the people they concern.
 */
final class FallbackSchema {

    static final String FILTER_HEADER_PREFIX = "fedora_messaging_";

    private static final SchemaDefinition DEFINITION = SchemaDefinition.template()
            .named("(unknown schema)")
            .usernames(filterHeaders("user"))
            .groups(filterHeaders("group"))
            .packages(filterHeaders("rpm"))
            .containers(filterHeaders("container"))
            .modules(filterHeaders("module"))
            .flatpaks(filterHeaders("flatpak"));

    private FallbackSchema() {
    }

    static MessageFacts derive(Message message) {
        return DEFINITION.derive(message);
    }

    /** The names in the headers {@code fedora_messaging_<kind>_<name>: true}, in header order. */
    static Function<Message, List<String>> filterHeaders(String kind) {
        String prefix = FILTER_HEADER_PREFIX + kind + "_";
        return message -> {
            List<String> names = new ArrayList<>();
            for (Map.Entry<String, JsonNode> header : message.headers().properties()) {
                String key = header.getKey();
                if (key.startsWith(prefix) && key.length() > prefix.length()
                        && header.getValue().isBoolean() && header.getValue().booleanValue()) {
                    names.add(key.substring(prefix.length()));
                }
            }
            return List.copyOf(names);
        };
    }
}
