package org.fedoraproject.fmn.schema;

import java.util.Optional;

import org.fedoraproject.fmn.message.Message;

/**
 * How facts are derived from the messages of one schema (one {@code fedora_messaging_schema}
 * header value). Implementations are stateless and thread-safe.
 */
public interface Schema {

    /** The schema name, as publishers put it in the {@code fedora_messaging_schema} header. */
    String name();

    /**
     * The application the schema's messages come from, when it is the same for all of them
     * (every schema Fedora publishes today); empty when it depends on the message.
     */
    Optional<String> applicationName();

    /** Whether the schema is deprecated; FMN notifies nobody about such messages. */
    boolean deprecated();

    /** Derives the facts of a message of this schema. Never throws for a well-formed message. */
    MessageFacts derive(Message message);
}
