package org.fedoraproject.fmn.schema.discourse;

import static org.fedoraproject.fmn.schema.JsonValues.get;
import static org.fedoraproject.fmn.schema.JsonValues.item;
import static org.fedoraproject.fmn.schema.PythonFormat.str;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * The schema of discourse2fedmsg-messages: Discourse webhook calls relayed to the bus.
 *
 * <p>Everything comes from the webhook request stored in the body: its HTTP headers say which
 * forum and which event ({@code X-Discourse-Instance}, {@code X-Discourse-Event-Type},
 * {@code X-Discourse-Event}) and its JSON body holds the post, topic or like under the event
 * type's name. The AMQP topic plays no part.
 */
public final class DiscourseSchemas implements SchemaPackage {

    private static final Map<String, String> INSTANCE_NAMES = Map.of(
            "https://discussion.fedoraproject.org", "Fedora Discussion",
            "https://ask.fedoraproject.org", "Ask Fedora");

    private static final Set<String> POST_EVENTS = Set.of("post_created", "post_destroyed", "post_recovered",
            "post_edited");
    private static final Set<String> TOPIC_EVENTS = Set.of("topic_created", "topic_edited", "topic_destroyed",
            "topic_recovered");

    /** Python's {@code None}, what {@code dict.get(key)} gives for an absent key. */
    private static final JsonNode NONE = NullNode.getInstance();

    private static final List<Schema> SCHEMAS = List.of(
            SchemaDefinition.template()
                    .named("discourse.event.v1")
                    .appName("Discourse")
                    .agentName(DiscourseSchemas::agentName)
                    .usernames(DiscourseSchemas::usernames)
                    .summary(DiscourseSchemas::summary)
                    .textSameAsSummary());

    @Override
    public String name() {
        return "discourse2fedmsg-messages";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }

    /** The webhook request as the schema reads it. */
    private record Webhook(String instance, String eventType, String event, JsonNode contents) {

        static Webhook of(Message m) {
            JsonNode headers = item(m.body(), "webhook_headers");
            String eventType = str(item(headers, "X-Discourse-Event-Type"));
            JsonNode contents = get(item(m.body(), "webhook_body"), eventType, emptyDict());
            return new Webhook(str(item(headers, "X-Discourse-Instance")), eventType,
                    str(item(headers, "X-Discourse-Event")), contents);
        }

        /** The post the event is about: a like carries it beside the liking user. */
        JsonNode post() {
            return eventType.equals("like") ? get(contents, "post", emptyDict()) : contents;
        }

        /** The forum's name; Python's {@code None} (printed "None") for other instances. */
        String instanceName() {
            return INSTANCE_NAMES.getOrDefault(instance, "None");
        }
    }

    private static String summary(Message m) {
        Webhook hook = Webhook.of(m);
        String where = hook.instanceName();
        String username = str(get(hook.post(), "username", NONE));
        String topicTitle = str(get(hook.post(), "topic_title", NONE));
        String summary = switch (hook.eventType()) {
            case "post" -> switch (hook.event()) {
                case "post_created" -> "New Post on " + where + ": " + username + " posted in '" + topicTitle + "'";
                case "post_edited" -> "Post Edited on " + where + ": " + username + "'s post on '" + topicTitle + "'";
                case "post_recovered" ->
                        "Post Recovered on " + where + ": " + username + "'s post on '" + topicTitle + "'";
                case "post_destroyed" ->
                        "Post Destroyed on " + where + ": " + username + "'s post on '" + topicTitle + "'";
                default -> null;
            };
            case "like" -> {
                String liker = str(get(get(hook.contents(), "user", emptyDict()), "username", NONE));
                yield hook.event().equals("post_liked")
                        ? "Post Liked on " + where + ": " + liker + " liked " + username + "'s post on '"
                                + topicTitle + "'"
                        : null;
            }
            case "topic" -> {
                String creator = str(get(get(hook.contents(), "created_by", emptyDict()), "username",
                        NONE));
                String title = str(get(hook.contents(), "title", NONE));
                yield switch (hook.event()) {
                    case "topic_created" -> "New Topic on " + where + ": " + creator + " created the topic '"
                            + title + "'";
                    case "topic_edited" -> "Topic Edited on " + where + ": " + creator + "'s topic '" + title + "'";
                    case "topic_destroyed" ->
                            "Topic Destroyed on " + where + ": " + creator + "'s topic '" + title + "'";
                    case "topic_recovered" ->
                            "Topic Recovered on " + where + ": " + creator + "'s topic '" + title + "'";
                    default -> null;
                };
            }
            case "solved" -> hook.event().equals("accepted_solution")
                    ? "Accepted Solution on " + where + ": " + username + "'s post on topic '" + topicTitle
                            + "' marked as the solution."
                    : null;
            default -> null;
        };
        return summary != null ? summary : where + ": " + hook.eventType() + "." + hook.event();
    }

    private static String agentName(Message m) {
        Webhook hook = Webhook.of(m);
        JsonNode agent = switch (hook.eventType()) {
            case "post" -> POST_EVENTS.contains(hook.event()) ? get(hook.contents(), "username", NONE) : null;
            case "like" -> hook.event().equals("post_liked")
                    ? get(get(hook.contents(), "user", emptyDict()), "username", NONE)
                    : null;
            case "topic" -> TOPIC_EVENTS.contains(hook.event())
                    ? get(get(hook.contents(), "created_by", emptyDict()), "username", NONE)
                    : null;
            // Whoever marks a solution (the question's author) is not in the webhook's contents.
            default -> null;
        };
        return agent != null && agent.isString() ? agent.stringValue() : null;
    }

    /**
     * The author of the accepted solution or of the liked post. Upstream adds the value even
     * when the key is absent, so such messages name a {@code null} user; we keep that.
     */
    private static List<String> usernames(Message m) {
        Webhook hook = Webhook.of(m);
        JsonNode user = switch (hook.eventType()) {
            case "solved" -> get(hook.contents(), "username", NONE);
            case "like" -> get(get(hook.contents(), "post", emptyDict()), "username", NONE);
            default -> null;
        };
        List<String> out = new ArrayList<>();
        if (user != null) {
            if (user.isContainer()) {
                throw new IllegalArgumentException("unhashable username " + user);
            }
            out.add(user.isNull() ? null : str(user));
        }
        return out;
    }

    private static JsonNode emptyDict() {
        return Json.MAPPER.createObjectNode();
    }
}
