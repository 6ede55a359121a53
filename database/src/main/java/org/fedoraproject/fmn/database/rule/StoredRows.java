package org.fedoraproject.fmn.database.rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of some rules, as read from FMN's tables: each rule's row with its owner, and the
 * rows that hang from it, grouped by the rule (or generation rule) they belong to and in id
 * order.
 */
final class StoredRows {

    record RuleRow(long id, String name, boolean disabled, long ownerId, String ownerName) {
    }

    record TrackingRow(String name, String params) {
    }

    record DestinationRow(String protocol, String address) {
    }

    record FilterRow(String name, String params) {
    }

    final List<RuleRow> rules = new ArrayList<>();
    final Map<Long, TrackingRow> tracking = new HashMap<>();
    /** Generation rule ids by rule id. */
    final Map<Long, List<Long>> generationRules = new HashMap<>();
    final Map<Long, List<DestinationRow>> destinations = new HashMap<>();
    final Map<Long, List<FilterRow>> filters = new HashMap<>();
    /** Notifications generated in the last seven days, by rule id. */
    final Map<Long, Long> generatedLastWeek = new HashMap<>();

    void addGenerationRule(long ruleId, long generationRuleId) {
        generationRules.computeIfAbsent(ruleId, id -> new ArrayList<>()).add(generationRuleId);
    }

    void addDestination(long generationRuleId, DestinationRow row) {
        destinations.computeIfAbsent(generationRuleId, id -> new ArrayList<>()).add(row);
    }

    void addFilter(long generationRuleId, FilterRow row) {
        filters.computeIfAbsent(generationRuleId, id -> new ArrayList<>()).add(row);
    }
}
