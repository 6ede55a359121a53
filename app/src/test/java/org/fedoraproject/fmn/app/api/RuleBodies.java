package org.fedoraproject.fmn.app.api;

import org.fedoraproject.fmn.message.Json;

import tools.jackson.databind.node.ObjectNode;

/** Rules as FMN's web frontend sends them to the API, for tests to post and to vary. */
final class RuleBodies {

    private RuleBodies() {
    }

    /**
     * A rule as the frontend writes it in full: builds of the owner's packages, warnings and
     * errors only, to one destination.
     */
    static ObjectNode packages(String name, String owner, String protocol, String address) {
        return (ObjectNode) Json.parse("""
                {"name": "%s", "disabled": false,
                 "tracking_rule": {"name": "artifacts-owned", "params": ["%s"]},
                 "generation_rules": [{
                   "destinations": [{"protocol": "%s", "address": "%s"}],
                   "filters": {"applications": ["koji"], "excluded_applications": [], "severities": ["warning", "error"],
                               "topic": null, "my_actions": false}}]}
                """.formatted(name, owner, protocol, address), "rule body");
    }

    /** Builds of the owner's packages by email. */
    static ObjectNode packages(String name, String owner, String email) {
        return packages(name, owner, "email", email);
    }

    /**
     * Everything about mira's packages, of every application and severity, her own actions
     * included, by email and on Matrix: a rule the demo messages about tuxpaint all match.
     */
    static ObjectNode miraPackagesByEmailAndMatrix() {
        return (ObjectNode) Json.parse("""
                {"name": "My packages", "disabled": false,
                 "tracking_rule": {"name": "artifacts-owned", "params": ["mira"]},
                 "generation_rules": [{"destinations": [{"protocol": "email", "address": "mira@example.org"},
                                                        {"protocol": "matrix", "address": "@mira:fedora.im"}],
                   "filters": {"applications": [], "excluded_applications": [], "severities": [],
                               "topic": null, "my_actions": true}}]}
                """, "rule body");
    }

    /** The first destination of the first generation rule, to change it. */
    static ObjectNode firstDestination(ObjectNode rule) {
        return (ObjectNode) rule.get("generation_rules").get(0).get("destinations").get(0);
    }
}
