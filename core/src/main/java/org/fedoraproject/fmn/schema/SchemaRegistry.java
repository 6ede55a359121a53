package org.fedoraproject.fmn.schema;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fedoraproject.fmn.message.Message;

/**
 * Finds the schema of a message by its {@code fedora_messaging_schema} header and derives its
 * facts. Messages of unknown schemas get the fallback facts (see {@link FallbackSchema}).
 * Immutable and thread-safe.
 */
public final class SchemaRegistry {

    private final Map<String, Schema> schemas;

    /**
     * @throws IllegalArgumentException when two schemas share a name
     */
    public SchemaRegistry(Collection<? extends Schema> schemas) {
        Map<String, Schema> byName = new HashMap<>();
        for (Schema schema : schemas) {
            Schema previous = byName.putIfAbsent(schema.name(), schema);
            if (previous != null) {
                throw new IllegalArgumentException("schema " + schema.name() + " is defined twice");
            }
        }
        this.schemas = Map.copyOf(byName);
    }

    /** The registry of every Fedora schema package FMN knows. */
    public static SchemaRegistry standard() {
        return new SchemaRegistry(FedoraSchemaPackages.all().stream()
                .flatMap(p -> p.schemas().stream())
                .toList());
    }

    /** The schema of that name, if known. */
    public Optional<Schema> schema(String name) {
        return Optional.ofNullable(name == null ? null : schemas.get(name));
    }

    /** Every known schema name. */
    /**
     * The applications the registry's schemas name, once each regardless of case (the spelling
     * that sorts first wins, {@code Koji} before {@code koji}), sorted without regard to case:
     * what people choose from in a rule's application filters.
     */
    public List<String> applicationNames() {
        Map<String, String> byKey = new java.util.TreeMap<>();
        for (Schema schema : schemas.values()) {
            schema.applicationName().ifPresent(app -> byKey.merge(app.toLowerCase(java.util.Locale.ROOT), app,
                    (kept, other) -> kept.compareTo(other) <= 0 ? kept : other));
        }
        return List.copyOf(byKey.values());
    }

    public Collection<String> names() {
        return schemas.keySet();
    }

    /** Derives a message's facts with its schema, or with the fallback when the schema is unknown. */
    public MessageFacts derive(Message message) {
        String name = message.schemaName();
        Schema schema = name == null ? null : schemas.get(name);
        return schema != null ? schema.derive(message) : FallbackSchema.derive(message);
    }
}
