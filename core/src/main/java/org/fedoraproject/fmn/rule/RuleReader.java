package org.fedoraproject.fmn.rule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.fedoraproject.fmn.message.LoneSurrogates;
import org.fedoraproject.fmn.message.Severity;

import tools.jackson.databind.JsonNode;

/**
 * Reads rules in FMN's JSON shape (the API's, the database import's and the workload files'),
 * validating as it goes: an unknown tracking rule or filter, params of the wrong shape, an
 * unknown artifact type, a generation rule without destinations, a malformed email, IRC or
 * Matrix address — each is an {@link InvalidRuleException} naming the rule and the field.
 */
public final class RuleReader {

    // Deliberately permissive: one '@', no spaces, a dot in the domain. Deliverability is the
    // mail server's business; this catches typos such as "bob@" or "bob.example.org".
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    /** A Matrix user id: {@code @localpart:server[:port]}. */
    private static final Pattern MATRIX = Pattern.compile("@[^:\\s]+:[A-Za-z0-9.\\-\\[\\]]+(:\\d{1,5})?");
    /** IRC nicks: no spaces, commas or leading '#'/':'. */
    private static final Pattern IRC = Pattern.compile("[^\\s,#:][^\\s,]*");

    /** How much of a wrong value an error message shows. */
    private static final int SHOWN_LENGTH = 100;

    private static final Set<String> FILTER_KEYS =
            Set.of("applications", "excluded_applications", "severities", "topic", "my_actions");

    private RuleReader() {
    }

    /** Reads one rule. */
    public static Rule read(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new InvalidRuleException("rule", "(rule)", "expected a JSON object, got " + shortened(json));
        }
        JsonNode idNode = json.get("id");
        // Named by the id as written, which need not fit a long (that is reported on the field).
        String rule = idNode != null && idNode.isIntegralNumber() ? "rule " + shortened(idNode) : "rule (no id)";
        Context at = new Context(rule);
        long id = at.requiredLong(json, "id");
        String name = at.optionalString(json, "name", "name", RuleLimits.MAX_NAME_LENGTH);
        boolean disabled = at.optionalBoolean(json, "disabled", false);
        Rule.RuleOwner owner = readOwner(at, json.get("user"));
        TrackingRule tracking = readTracking(at, json.get("tracking_rule"));
        List<GenerationRule> generation = readGenerationRules(at, json.get("generation_rules"));
        long generatedLastWeek = json.hasNonNull("generated_last_week") ? at.requiredLong(json, "generated_last_week") : 0;
        return new Rule(id, name, disabled, owner, tracking, generation, generatedLastWeek);
    }

    private static Rule.RuleOwner readOwner(Context at, JsonNode user) {
        at.requireObject(user, "user");
        String name = at.requiredString(user, "user.name", "name", RuleLimits.MAX_NAME_LENGTH);
        Long id = user.hasNonNull("id") ? at.requiredLong(user, "user.id", "id") : null;
        boolean admin = at.optionalBoolean(user, "is_admin", false);
        return new Rule.RuleOwner(id, name, admin);
    }

    private static TrackingRule readTracking(Context at, JsonNode tracking) {
        at.requireObject(tracking, "tracking_rule");
        at.rejectUnknownKeys(tracking, "tracking_rule", Set.of("name", "params"));
        String name = at.requiredString(tracking, "tracking_rule.name", "name", RuleLimits.MAX_NAME_LENGTH);
        JsonNode params = tracking.get("params");
        return switch (name) {
            case TrackingRule.ArtifactsOwned.NAME ->
                    new TrackingRule.ArtifactsOwned(at.nonEmptyNames(params, "tracking_rule.params", "user names"));
            case TrackingRule.ArtifactsGroupOwned.NAME ->
                    new TrackingRule.ArtifactsGroupOwned(at.nonEmptyNames(params, "tracking_rule.params", "group names"));
            case TrackingRule.UsersFollowed.NAME ->
                    new TrackingRule.UsersFollowed(at.nonEmptyNames(params, "tracking_rule.params", "user names"));
            case TrackingRule.ArtifactsFollowed.NAME -> new TrackingRule.ArtifactsFollowed(readArtifacts(at, params));
            case TrackingRule.RelatedEvents.NAME -> {
                if (params != null && !params.isNull() && !(params.isArray() && params.isEmpty())) {
                    throw at.error("tracking_rule.params", "related-events takes no params, got " + shortened(params));
                }
                yield new TrackingRule.RelatedEvents();
            }
            default -> throw at.error("tracking_rule.name", "unknown tracking rule \"" + name + "\" (expected one of "
                    + "artifacts-owned, artifacts-group-owned, artifacts-followed, related-events, users-followed)");
        };
    }

    private static List<Artifact> readArtifacts(Context at, JsonNode params) {
        String field = "tracking_rule.params";
        if (params == null || !params.isArray() || params.isEmpty()) {
            throw at.error(field, "expected a non-empty list of {\"name\", \"type\"}, got " + shortened(params));
        }
        at.requireAtMostItems(params, field);
        List<Artifact> artifacts = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            JsonNode item = params.get(i);
            String itemField = field + "[" + i + "]";
            at.requireObject(item, itemField);
            at.rejectUnknownKeys(item, itemField, Set.of("name", "type"));
            String artifactName = at.requiredString(item, itemField + ".name", "name", RuleLimits.MAX_NAME_LENGTH);
            String typeKey = at.requiredString(item, itemField + ".type", "type", RuleLimits.MAX_NAME_LENGTH);
            ArtifactType type = ArtifactType.ofKey(typeKey);
            if (type == null) {
                throw at.error(itemField + ".type",
                        "unknown artifact type \"" + typeKey + "\" (expected rpms, containers, modules or flatpaks)");
            }
            artifacts.add(new Artifact(type, artifactName));
        }
        return artifacts;
    }

    private static List<GenerationRule> readGenerationRules(Context at, JsonNode list) {
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw at.error("generation_rules", "expected a non-empty list, got " + shortened(list));
        }
        at.requireAtMostItems(list, "generation_rules");
        List<GenerationRule> rules = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "generation_rules[" + i + "]";
            JsonNode generation = list.get(i);
            at.requireObject(generation, field);
            at.rejectUnknownKeys(generation, field, Set.of("id", "destinations", "filters"));
            Long id = generation.hasNonNull("id") ? at.requiredLong(generation, field + ".id", "id") : null;
            rules.add(new GenerationRule(id, readDestinations(at, generation.get("destinations"), field + ".destinations"),
                    readFilters(at, generation.get("filters"), field + ".filters")));
        }
        return rules;
    }

    private static List<Destination> readDestinations(Context at, JsonNode list, String field) {
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw at.error(field, "a generation rule needs at least one destination, got " + shortened(list));
        }
        at.requireAtMostItems(list, field);
        List<Destination> destinations = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String itemField = field + "[" + i + "]";
            JsonNode item = list.get(i);
            at.requireObject(item, itemField);
            at.rejectUnknownKeys(item, itemField, Set.of("protocol", "address"));
            String protocolKey = at.requiredString(item, itemField + ".protocol", "protocol",
                    RuleLimits.MAX_NAME_LENGTH);
            Protocol protocol = Protocol.ofKey(protocolKey);
            if (protocol == null) {
                throw at.error(itemField + ".protocol",
                        "unknown protocol \"" + protocolKey + "\" (expected email, irc or matrix)");
            }
            String address = at.requiredString(item, itemField + ".address", "address", RuleLimits.MAX_ADDRESS_LENGTH);
            Pattern valid = switch (protocol) {
                case EMAIL -> EMAIL;
                case IRC -> IRC;
                case MATRIX -> MATRIX;
            };
            if (!valid.matcher(address).matches()) {
                String expected = switch (protocol) {
                    case EMAIL -> "an email address";
                    case IRC -> "an IRC nick";
                    case MATRIX -> "a Matrix user id (@name:server)";
                };
                throw at.error(itemField + ".address", "\"" + address + "\" is not " + expected);
            }
            destinations.add(new Destination(protocol, address));
        }
        return destinations;
    }

    private static Filters readFilters(Context at, JsonNode filters, String field) {
        if (filters == null || filters.isNull()) {
            return Filters.NONE;
        }
        at.requireObject(filters, field);
        for (Map.Entry<String, JsonNode> entry : filters.properties()) {
            if (!FILTER_KEYS.contains(entry.getKey())) {
                throw at.error(field + "." + entry.getKey(), "unknown filter (expected one of applications, "
                        + "excluded_applications, severities, topic, my_actions)");
            }
        }
        Set<String> applications = at.names(filters.get("applications"), field + ".applications");
        Set<String> excluded = at.names(filters.get("excluded_applications"), field + ".excluded_applications");
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        for (String level : at.names(filters.get("severities"), field + ".severities")) {
            Severity severity = Severity.ofFilterName(level);
            if (severity == null) {
                throw at.error(field + ".severities",
                        "unknown severity \"" + level + "\" (expected debug, info, warning or error)");
            }
            severities.add(severity);
        }
        String topic = at.optionalString(filters, "topic", field + ".topic", RuleLimits.MAX_TOPIC_LENGTH);
        TopicGlob glob = topic == null || topic.isEmpty() ? null : TopicGlob.of(topic); // every glob is valid
        boolean myActions = at.optionalBoolean(filters, "my_actions", false, field + ".my_actions");
        return new Filters(applications, excluded, severities, glob, myActions);
    }

    /**
     * A value as its JSON text for an error message, cut short: a value of the wrong type can
     * be of any size, and the message need only show what it is.
     */
    static String shortened(JsonNode value) {
        String text = String.valueOf(value);
        return text.length() <= SHOWN_LENGTH ? text : text.substring(0, SHOWN_LENGTH) + "…";
    }

    /** Field readers that name the rule in their errors. */
    private record Context(String rule) {

        InvalidRuleException error(String field, String problem) {
            return new InvalidRuleException(rule, field, problem);
        }

        /**
         * A string of the rule, refused when UTF-8 cannot carry it: names and addresses are
         * identities (two notifications to one address are one), and a lone surrogate would
         * print as {@code ?}, making two of them one.
         */
        String text(String field, String value, int maxLength) {
            // Cheap first: a text of no more UTF-16 units than the limit has no more characters.
            if (value.length() > maxLength) {
                int characters = value.codePointCount(0, value.length());
                if (characters > maxLength) {
                    throw error(field, String.format(Locale.ROOT, "%,d characters, longer than %,d (the limit)",
                            characters, maxLength));
                }
            }
            String problem = LoneSurrogates.problem(value);
            if (problem != null) {
                throw error(field, problem);
            }
            return value;
        }

        /** Refuses a list longer than {@link RuleLimits#MAX_LIST_SIZE}, before reading its items. */
        void requireAtMostItems(JsonNode list, String field) {
            if (list.size() > RuleLimits.MAX_LIST_SIZE) {
                throw error(field, String.format(Locale.ROOT, "%,d items, more than %,d (the limit)",
                        list.size(), RuleLimits.MAX_LIST_SIZE));
            }
        }

        void requireObject(JsonNode node, String field) {
            if (node == null || !node.isObject()) {
                throw error(field, "expected an object, got " + shortened(node));
            }
        }

        void rejectUnknownKeys(JsonNode node, String field, Set<String> known) {
            for (String key : node.propertyNames()) {
                if (!known.contains(key)) {
                    throw error(field + "." + key, "unknown field (expected " + String.join(", ", known) + ")");
                }
            }
        }

        long requiredLong(JsonNode node, String key) {
            return requiredLong(node, key, key);
        }

        long requiredLong(JsonNode node, String field, String key) {
            JsonNode value = node.get(key);
            if (value == null || !value.isIntegralNumber()) {
                throw error(field, "expected an integer, got " + shortened(value));
            }
            if (!value.canConvertToLong()) {
                throw error(field, "expected an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE
                        + ", got " + shortened(value));
            }
            return value.asLong();
        }

        String requiredString(JsonNode node, String field, String key, int maxLength) {
            JsonNode value = node.get(key);
            if (value == null || !value.isString() || value.stringValue().isBlank()) {
                throw error(field, "expected a non-empty string, got " + shortened(value));
            }
            return text(field, value.stringValue(), maxLength);
        }

        String optionalString(JsonNode node, String key, String field, int maxLength) {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isString()) {
                throw error(field, "expected a string or null, got " + shortened(value));
            }
            return text(field, value.stringValue(), maxLength);
        }

        boolean optionalBoolean(JsonNode node, String key, boolean fallback) {
            return optionalBoolean(node, key, fallback, key);
        }

        boolean optionalBoolean(JsonNode node, String key, boolean fallback, String field) {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                return fallback;
            }
            if (!value.isBoolean()) {
                throw error(field, "expected true or false, got " + shortened(value));
            }
            return value.booleanValue();
        }

        /** A list of names; null or absent is empty. */
        Set<String> names(JsonNode list, String field) {
            Set<String> out = new LinkedHashSet<>();
            if (list == null || list.isNull()) {
                return out;
            }
            if (!list.isArray()) {
                throw error(field, "expected a list of strings, got " + shortened(list));
            }
            requireAtMostItems(list, field);
            for (int i = 0; i < list.size(); i++) {
                JsonNode item = list.get(i);
                if (!item.isString() || item.stringValue().isBlank()) {
                    throw error(field + "[" + i + "]", "expected a non-empty string, got " + shortened(item));
                }
                out.add(text(field + "[" + i + "]", item.stringValue(), RuleLimits.MAX_NAME_LENGTH));
            }
            return out;
        }

        Set<String> nonEmptyNames(JsonNode list, String field, String what) {
            Set<String> names = names(list, field);
            if (names.isEmpty()) {
                throw error(field, "expected a non-empty list of " + what + ", got " + shortened(list));
            }
            return names;
        }
    }
}
