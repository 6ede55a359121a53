package org.fedoraproject.fmn.backends.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.fedoraproject.fmn.text.Echo;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A service's JSON answer to one GET, with typed reads of its fields: a field FMN reads that
 * has the wrong type fails with a {@link ServiceException} naming the service, the URL and the
 * field's path in the answer ({@code result.emails: expected a list of strings, got "x"}).
 * Optional fields may be absent or null. Fields FMN does not read are not looked at.
 */
public record Answer(String service, URI uri, JsonNode body) {

    /** The field at {@code path}, which must be an object. */
    public JsonNode object(JsonNode parent, String key, String path) {
        JsonNode value = parent.get(key);
        if (value == null || !value.isObject()) {
            throw unexpected(path + ": expected an object, got " + Echo.json(value));
        }
        return value;
    }

    /** The field at {@code path}: an object, or {@code null} when absent or null. */
    public JsonNode optionalObject(JsonNode parent, String key, String path) {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        return object(parent, key, path);
    }

    /** The field at {@code path}, a list; empty when absent or null. */
    public JsonNode list(JsonNode parent, String key, String path) {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            throw unexpected(path + ": expected a list, got " + Echo.json(value));
        }
        return value;
    }

    /** The object at {@code path}, an item of a list. */
    public JsonNode item(JsonNode item, String path) {
        if (item == null || !item.isObject()) {
            throw unexpected(path + ": expected an object, got " + Echo.json(item));
        }
        return item;
    }

    /** The field at {@code path}, a non-empty string. */
    public String name(JsonNode parent, String key, String path) {
        JsonNode value = parent.get(key);
        if (value == null || !value.isString() || value.stringValue().isEmpty()) {
            throw unexpected(path + ": expected a non-empty string, got " + Echo.json(value));
        }
        return value.stringValue();
    }

    /** The field at {@code path}: a string, or {@code null} when absent or null. */
    public String optionalString(JsonNode parent, String key, String path) {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw unexpected(path + ": expected a string, got " + Echo.json(value));
        }
        return value.stringValue();
    }

    /** The field at {@code path}, a whole number. */
    public int integer(JsonNode parent, String key, String path) {
        JsonNode value = parent.get(key);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw unexpected(path + ": expected a whole number, got " + Echo.json(value));
        }
        return value.intValue();
    }

    /** The field at {@code path}, a list of strings; empty when absent or null. */
    public List<String> strings(JsonNode parent, String key, String path) {
        JsonNode list = parent.get(key);
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw unexpected(path + ": expected a list of strings, got " + Echo.json(list));
        }
        List<String> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isString()) {
                throw unexpected(path + "[" + i + "]: expected a string, got " + Echo.json(item));
            }
            out.add(item.stringValue());
        }
        return out;
    }

    /** The error for an answer that is not what FMN reads; {@code problem} says where and what. */
    public ServiceException unexpected(String problem) {
        return ServiceException.unexpected(service, uri, problem, null);
    }
}
