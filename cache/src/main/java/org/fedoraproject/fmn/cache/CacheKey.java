package org.fedoraproject.fmn.cache;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where one answer is kept: a scope (what kind of answer, which sets its TTL) and an id within
 * it ({@code person} / {@code mira}). Scope names are lower-case words joined by dashes; ids are
 * any text.
 */
public record CacheKey(String scope, String id) {

    private static final Pattern SCOPE = Pattern.compile("[a-z][a-z0-9-]*");

    public CacheKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
        if (!SCOPE.matcher(scope).matches()) {
            throw new IllegalArgumentException("a cache scope is lower-case letters, digits and dashes, not '" + scope + "'");
        }
    }

    /** The key as one text, {@code scope:id}, as it travels between processes. */
    @Override
    public String toString() {
        return scope + ":" + id;
    }

    /** Reads {@link #toString()} back. */
    public static CacheKey parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a cache key: " + text);
        }
        return new CacheKey(text.substring(0, colon), text.substring(colon + 1));
    }
}
