package org.fedoraproject.fmn.backend.rules;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.fedoraproject.fmn.database.outbox.OutboxMessage;
import org.fedoraproject.fmn.database.rule.UnreadableRule;
import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.message.Severity;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.rule.RuleWriter;

import tools.jackson.databind.node.ObjectNode;

/**
 * FMN's rule-change messages, {@code fmn.rule.create.v1}, {@code fmn.rule.update.v1} and
 * {@code fmn.rule.delete.v1}: the rule as the API shows it and its owner, with the
 * fedora-messaging headers FMN's schema classes ({@code fmn_messages}) set, so Fedora's own
 * consumers accept them. Unlike FMN, which publishes creations under the update topic, each goes
 * under its own topic.
 */
final class RuleChangeMessages {

    enum Change {
        CREATE("fmn.rule.create.v1"),
        UPDATE("fmn.rule.update.v1"),
        DELETE("fmn.rule.delete.v1");

        final String topic;

        Change(String topic) {
            this.topic = topic;
        }
    }

    private static final DateTimeFormatter SENT_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private final Clock clock;

    RuleChangeMessages(Clock clock) {
        this.clock = clock;
    }

    OutboxMessage of(Change change, Rule rule) {
        return message(change, RuleWriter.write(rule), RuleWriter.owner(rule.owner()));
    }

    /**
     * The message for a rule stored in a form FMN cannot read: what FMN's message schema
     * requires of it, its id (and name) and its owner's name.
     */
    OutboxMessage ofUnreadable(Change change, UnreadableRule rule) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("id", rule.id());
        json.put("name", rule.name());
        ObjectNode owner = Json.MAPPER.createObjectNode();
        owner.put("name", rule.ownerName());
        return message(change, json, owner);
    }

    private OutboxMessage message(Change change, ObjectNode rule, ObjectNode owner) {
        ObjectNode headers = Json.MAPPER.createObjectNode();
        headers.put("fedora_messaging_schema", change.topic);
        headers.put("fedora_messaging_schema_package", "fmn_messages");
        headers.put("fedora_messaging_severity", Severity.INFO.level());
        headers.put("priority", 0);
        headers.put("sent-at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MICROS).format(SENT_AT));
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set("rule", rule);
        body.set("user", owner);
        return new OutboxMessage(UUID.randomUUID().toString(), change.topic, headers.toString(), body.toString());
    }
}
