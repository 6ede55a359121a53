package org.fedoraproject.fmn.schema;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.message.SerializedMessageCodec;

import tools.jackson.databind.node.ObjectNode;

/** Messages of one schema with a body written in the test, for the schema packages' tests. */
public final class SchemaTestMessages {

    private SchemaTestMessages() {
    }

    /** A message of that schema (info severity, no other header) with the body given as JSON. */
    public static Message message(String id, String topic, String schema, String bodyJson) {
        ObjectNode serialized = Json.MAPPER.createObjectNode();
        serialized.put("id", id);
        serialized.put("topic", topic);
        serialized.putObject("headers").put(Message.SCHEMA_HEADER, schema);
        serialized.set("body", Json.MAPPER.readTree(bodyJson));
        return SerializedMessageCodec.read(serialized);
    }

    /** The facts the package derives from such a message. */
    public static MessageFacts derive(SchemaPackage schemas, String id, String topic, String schema, String bodyJson) {
        return new SchemaRegistry(schemas.schemas()).derive(message(id, topic, schema, bodyJson));
    }
}
