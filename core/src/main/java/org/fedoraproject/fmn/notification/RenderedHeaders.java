package org.fedoraproject.fmn.notification;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An email's headers as the renderer built them: a read-only view of a map no one else holds,
 * which {@link NotificationContent.Email} therefore takes without copying (a message can make
 * hundreds of emails, each with a dozen headers).
 */
final class RenderedHeaders extends AbstractMap<String, String> {

    private final Map<String, String> headers;

    /** Takes the map; the caller must not keep it. */
    RenderedHeaders(LinkedHashMap<String, String> headers) {
        this.headers = Collections.unmodifiableMap(headers);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return headers.entrySet();
    }

    @Override
    public String get(Object name) {
        return headers.get(name);
    }

    @Override
    public boolean containsKey(Object name) {
        return headers.containsKey(name);
    }

    @Override
    public int size() {
        return headers.size();
    }
}
