package org.fedoraproject.fmn.database.rule;

/**
 * A stored rule that FMN's rule model cannot represent: FMN's database may hold rules with a
 * tracking rule, filter, protocol, severity or artifact type this FMN does not know, or params
 * of another shape. Such a rule matches nothing here; listings report it beside the readable
 * rules so that it can be shown, disabled or deleted, and so one odd row never hides the rest.
 *
 * @param name the owner's label, or {@code null}
 * @param reason what could not be read, naming the field as a path into FMN's rule JSON
 *               ({@code generation_rules[0].destinations[1].protocol: unknown protocol "sms"})
 */
public record UnreadableRule(long id, String name, boolean disabled, String ownerName, String reason) {
}
