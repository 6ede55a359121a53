package org.fedoraproject.fmn.database.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fedoraproject.fmn.database.rule.StoredRows.DestinationRow;
import org.fedoraproject.fmn.database.rule.StoredRows.FilterRow;
import org.fedoraproject.fmn.database.rule.StoredRows.RuleRow;
import org.fedoraproject.fmn.database.rule.StoredRows.TrackingRow;
import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.rule.InvalidRuleException;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.rule.RuleReader;
import org.fedoraproject.fmn.rule.TrackingRule;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns stored rows into rules by way of FMN's rule JSON and {@link RuleReader}, so a stored
 * rule is held to exactly what the API accepts, and whatever it cannot represent is reported
 * with the reader's own message (naming the field) instead of being dropped or failing the
 * whole listing.
 *
 * <p>A filter row that is absent means what it means to FMN's consumer, which runs only the
 * filters a generation rule has rows for: no constraint. For most filters that is also their
 * default; for two it is not: no {@code severities} row lets every severity through, debug
 * included, and no {@code my_actions} row notifies about the owner's own actions.
 */
final class RuleAssembler {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RuleAssembler() {
    }

    /** The rules the rows hold, readable or not, in the order of the rule rows. */
    static RuleList assemble(StoredRows rows) {
        List<Rule> rules = new ArrayList<>();
        List<UnreadableRule> unreadable = new ArrayList<>();
        for (RuleRow row : rows.rules) {
            try {
                rules.add(RuleReader.read(json(row, rows)));
            } catch (InvalidRuleException e) {
                unreadable.add(new UnreadableRule(row.id(), row.name(), row.disabled(), row.ownerName(),
                        withoutRulePrefix(e.getMessage(), row.id())));
            } catch (UnparsableColumn e) {
                unreadable.add(new UnreadableRule(row.id(), row.name(), row.disabled(), row.ownerName(), e.getMessage()));
            }
        }
        return new RuleList(rules, unreadable);
    }

    private static ObjectNode json(RuleRow row, StoredRows rows) {
        ObjectNode rule = NODES.objectNode();
        rule.put("id", row.id());
        rule.put("name", row.name());
        rule.put("disabled", row.disabled());
        rule.putObject("user").put("id", row.ownerId()).put("name", row.ownerName());
        TrackingRow tracking = rows.tracking.get(row.id());
        if (tracking != null) {
            ObjectNode trackingJson = rule.putObject("tracking_rule").put("name", tracking.name());
            // FMN's related-events ignores its params, and FMN's API types them as an optional
            // string: whatever is stored there means nothing.
            if (!TrackingRule.RelatedEvents.NAME.equals(tracking.name())) {
                trackingJson.set("params", parse(tracking.params(), "tracking_rule.params"));
            }
        }
        ArrayNode generationRules = rule.putArray("generation_rules");
        List<Long> generationIds = rows.generationRules.getOrDefault(row.id(), List.of());
        for (int i = 0; i < generationIds.size(); i++) {
            long generationId = generationIds.get(i);
            String field = "generation_rules[" + i + "]";
            ObjectNode generation = generationRules.addObject().put("id", generationId);
            ArrayNode destinations = generation.putArray("destinations");
            for (DestinationRow destination : rows.destinations.getOrDefault(generationId, List.of())) {
                destinations.addObject().put("protocol", destination.protocol()).put("address", destination.address());
            }
            generation.set("filters", filters(rows.filters.getOrDefault(generationId, List.of()), field + ".filters"));
        }
        rule.put("generated_last_week", rows.generatedLastWeek.getOrDefault(row.id(), 0L));
        return rule;
    }

    private static ObjectNode filters(List<FilterRow> rows, String field) {
        ObjectNode filters = NODES.objectNode();
        ArrayNode everySeverity = filters.putArray("severities");
        for (String level : List.of("debug", "info", "warning", "error")) {
            everySeverity.add(level);
        }
        filters.put("my_actions", true);
        for (FilterRow row : rows) {
            JsonNode params = parse(row.params(), field + "." + row.name());
            if (row.name().equals("severities") && params.isArray()) {
                params = lowerCased((ArrayNode) params); // FMN reads "INFO" as info too
            }
            filters.set(row.name(), params);
        }
        return filters;
    }

    private static JsonNode lowerCased(ArrayNode levels) {
        ArrayNode out = NODES.arrayNode();
        for (JsonNode level : levels) {
            out.add(level.isString() ? NODES.stringNode(level.stringValue().toLowerCase(Locale.ROOT)) : level);
        }
        return out;
    }

    private static JsonNode parse(String text, String field) {
        if (text == null) {
            return NODES.nullNode();
        }
        try {
            return Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new UnparsableColumn(field + ": not JSON: " + e.getOriginalMessage());
        }
    }

    private static String withoutRulePrefix(String message, long id) {
        String prefix = "rule " + id + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** A JSON column that does not hold JSON. */
    private static final class UnparsableColumn extends RuntimeException {
        UnparsableColumn(String message) {
            super(message, null, false, false);
        }
    }
}
