package org.fedoraproject.fmn.rule;

import java.util.Collection;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.message.Severity;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes rules in FMN's JSON shape, the one {@link RuleReader} reads: what the API answers,
 * what {@code fmn.rule.*} messages carry. Keys come in FMN's order (its API model lists the
 * rule's own fields first, then {@code id}, {@code user} and {@code generated_last_week}).
 */
public final class RuleWriter {

    private RuleWriter() {
    }

    public static ObjectNode write(Rule rule) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("name", rule.name());
        json.put("disabled", rule.disabled());
        json.set("tracking_rule", trackingRule(rule.trackingRule()));
        ArrayNode generationRules = json.putArray("generation_rules");
        for (GenerationRule generation : rule.generationRules()) {
            generationRules.add(generationRule(generation));
        }
        json.put("id", rule.id());
        json.set("user", owner(rule.owner()));
        json.put("generated_last_week", rule.generatedLastWeek());
        return json;
    }

    /** The {@code user} object of a rule, as FMN's API model of a user writes it. */
    public static ObjectNode owner(Rule.RuleOwner owner) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        if (owner.id() != null) {
            json.put("id", owner.id());
        }
        json.put("name", owner.name());
        json.put("is_admin", owner.isAdmin());
        return json;
    }

    /** A destination, {@code {"protocol": "email", "address": "..."}}. */
    public static ObjectNode destination(Destination destination) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("protocol", destination.protocol().key());
        json.put("address", destination.address());
        return json;
    }

    private static ObjectNode trackingRule(TrackingRule tracking) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("name", tracking.name());
        switch (tracking) {
            case TrackingRule.ArtifactsOwned owned -> strings(json.putArray("params"), owned.usernames());
            case TrackingRule.ArtifactsGroupOwned owned -> strings(json.putArray("params"), owned.groups());
            case TrackingRule.UsersFollowed followed -> strings(json.putArray("params"), followed.usernames());
            case TrackingRule.ArtifactsFollowed followed -> {
                ArrayNode params = json.putArray("params");
                for (Artifact artifact : followed.artifacts()) {
                    params.addObject().put("name", artifact.name()).put("type", artifact.type().key());
                }
            }
            case TrackingRule.RelatedEvents related -> json.putNull("params");
        }
        return json;
    }

    private static ObjectNode generationRule(GenerationRule generation) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        if (generation.id() != null) {
            json.put("id", generation.id());
        }
        ArrayNode destinations = json.putArray("destinations");
        for (Destination destination : generation.destinations()) {
            destinations.add(destination(destination));
        }
        Filters filters = generation.filters();
        ObjectNode filtersJson = json.putObject("filters");
        strings(filtersJson.putArray("applications"), filters.applications());
        strings(filtersJson.putArray("excluded_applications"), filters.excludedApplications());
        ArrayNode severities = filtersJson.putArray("severities");
        for (Severity severity : filters.severities()) {
            severities.add(severity.filterName());
        }
        filtersJson.put("topic", filters.topic() == null ? null : filters.topic().glob());
        filtersJson.put("my_actions", filters.myActions());
        return json;
    }

    private static void strings(ArrayNode into, Collection<String> values) {
        values.forEach(into::add);
    }
}
