package org.fedoraproject.fmn.cache.services;

import java.util.Optional;

import org.fedoraproject.fmn.cache.Codec;
import org.fedoraproject.fmn.message.Json;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;

/** Values kept as JSON, with core's mapper (records as objects, enums by name). */
final class JsonCodec<T> implements Codec<T> {

    private final JavaType type;

    private JsonCodec(JavaType type) {
        this.type = type;
    }

    static <T> JsonCodec<T> of(Class<T> type) {
        return new JsonCodec<>(Json.MAPPER.constructType(type));
    }

    static <T> JsonCodec<T> of(TypeReference<T> type) {
        return new JsonCodec<>(Json.MAPPER.constructType(type));
    }

    @Override
    public String encode(T value) {
        return Json.MAPPER.writeValueAsString(value);
    }

    @Override
    public T decode(String text) {
        T value = Json.MAPPER.readValue(text, type);
        if (value == null) {
            throw new IllegalArgumentException("null where a value was kept");
        }
        return value;
    }

    /** An optional value: none is kept as JSON {@code null}, so that "there is none" is kept too. */
    static <T> Codec<Optional<T>> optional(Codec<T> codec) {
        return new Codec<>() {
            @Override
            public String encode(Optional<T> value) {
                return value.map(codec::encode).orElse("null");
            }

            @Override
            public Optional<T> decode(String text) {
                return "null".equals(text) ? Optional.empty() : Optional.of(codec.decode(text));
            }
        };
    }
}
