package org.fedoraproject.fmn.message;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

import org.fedoraproject.fmn.message.InvalidMessageException.Problem;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bus message as it arrives, before anything is derived from it: the AMQP routing key
 * (topic), the AMQP headers, the message id and the JSON body.
 *
 * <p>The headers and the body are kept as the JSON trees they arrived as, so that writing a
 * message back (to AMQP or to the serialized form) loses nothing, including headers FMN does
 * not know. Both trees belong to the message: callers must not modify them.
 *
 * <p>Construction validates what every reader of a message relies on: a topic and an id are
 * present and are text UTF-8 can carry (no lone surrogate), and the severity header, when
 * present, is one of fedora-messaging's four levels.
 */
public final class Message {

    /** Header naming the schema (the publisher's entry-point name) of the body. */
    public static final String SCHEMA_HEADER = "fedora_messaging_schema";
    /** Header carrying the severity as 10, 20, 30 or 40. */
    public static final String SEVERITY_HEADER = "fedora_messaging_severity";
    /** Header carrying the time the publisher sent the message, ISO 8601. */
    public static final String SENT_AT_HEADER = "sent-at";

    private final String id;
    private final String topic;
    private final ObjectNode headers;
    private final ObjectNode body;
    private final String queue;
    private final Integer priority;
    private final Severity severity;
    /** Parsed on first use: most consumers of a message never ask. */
    private Optional<OffsetDateTime> sentAt;

    /**
     * @param id the AMQP message id (a UUID in practice)
     * @param topic the AMQP routing key, with any deployment prefix
     * @param headers the AMQP headers
     * @param body the JSON body
     * @param queue the queue the message came through, if known (the serialized form keeps it)
     * @param priority the AMQP priority, if one was set
     * @throws InvalidMessageException if the id or topic is missing or the severity is invalid
     */
    public Message(String id, String topic, ObjectNode headers, ObjectNode body, String queue, Integer priority) {
        if (topic == null || topic.isEmpty()) {
            throw new InvalidMessageException(Problem.MISSING_FIELD, "message has no topic");
        }
        if (id == null || id.isEmpty()) {
            throw new InvalidMessageException(Problem.MISSING_FIELD, "message on topic " + topic + " has no id");
        }
        // Ids become notification ids and topics are matched and printed: each must be text
        // that UTF-8 can carry, or two of them could print as one.
        String idProblem = LoneSurrogates.problem(id);
        if (idProblem != null) {
            throw new InvalidMessageException(Problem.NOT_UTF8, "message id " + idProblem);
        }
        String topicProblem = LoneSurrogates.problem(topic);
        if (topicProblem != null) {
            throw new InvalidMessageException(Problem.NOT_UTF8, "message " + id + ": topic " + topicProblem);
        }
        this.id = id;
        this.topic = topic;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = Objects.requireNonNull(body, "body");
        this.queue = queue;
        this.priority = priority;
        this.severity = readSeverity(headers.get(SEVERITY_HEADER), id);
    }

    // fedora-messaging treats a message without the header as INFO (it logs the publisher as
    // misbehaving); a header with any other value is invalid.
    private static Severity readSeverity(JsonNode header, String id) {
        if (header == null) {
            return Severity.INFO;
        }
        // An integer beyond 64 bits is a number too, just not one of the four.
        if (header.isNumber() && header.canConvertToExactIntegral() && header.canConvertToLong()) {
            Severity severity = Severity.ofLevel(header.asLong());
            if (severity != null) {
                return severity;
            }
        }
        throw new InvalidMessageException(Problem.BAD_SEVERITY,
                "message " + id + ": header " + SEVERITY_HEADER + " is " + header
                        + ", expected one of 10, 20, 30, 40");
    }

    public String id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    /** The AMQP headers, as received (read-only by contract). */
    public ObjectNode headers() {
        return headers;
    }

    /** The JSON body (read-only by contract). */
    public ObjectNode body() {
        return body;
    }

    /** The queue name stored with a serialized message, or {@code null}. */
    public String queue() {
        return queue;
    }

    /** The AMQP priority, or {@code null} when none was set. */
    public Integer priority() {
        return priority;
    }

    public Severity severity() {
        return severity;
    }

    /** The schema name from the {@value #SCHEMA_HEADER} header, or {@code null} when absent. */
    public String schemaName() {
        JsonNode schema = headers.get(SCHEMA_HEADER);
        return schema != null && schema.isString() ? schema.stringValue() : null;
    }

    /** The raw {@value #SENT_AT_HEADER} header, or {@code null} when absent. */
    public String sentAtHeader() {
        JsonNode sentAt = headers.get(SENT_AT_HEADER);
        return sentAt != null && sentAt.isString() ? sentAt.stringValue() : null;
    }

    /** When the publisher sent the message, if the header is present and a valid ISO 8601 time. */
    public Optional<OffsetDateTime> sentAt() {
        Optional<OffsetDateTime> parsed = sentAt;
        if (parsed == null) {
            // A benign race: every thread computes the same immutable value.
            parsed = SentAt.parse(sentAtHeader());
            sentAt = parsed;
        }
        return parsed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message other
                && id.equals(other.id)
                && topic.equals(other.topic)
                && headers.equals(other.headers)
                && body.equals(other.body)
                && Objects.equals(queue, other.queue)
                && Objects.equals(priority, other.priority);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, topic, headers, body);
    }

    @Override
    public String toString() {
        return "Message[id=" + id + ", topic=" + topic + "]";
    }
}
