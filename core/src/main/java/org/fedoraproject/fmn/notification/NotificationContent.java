package org.fedoraproject.fmn.notification;

import java.util.Map;

/**
 * What the send queue carries to a sender, in FMN's JSON shape so that mixed deployments
 * interoperate: email {@code {"headers": {"To", "Subject", ...}, "body", "footer"}}, IRC and
 * Matrix {@code {"to", "message"}}.
 */
public sealed interface NotificationContent {

    /**
     * An email. {@code headers} keeps its order: {@code To}, {@code Subject}, then the headers
     * people filter mail on ({@code Date}, {@code X-Fedora-Messaging-*}).
     */
    record Email(Map<String, String> headers, String body, String footer) implements NotificationContent {
        public Email {
            headers = headers instanceof RenderedHeaders
                    ? headers
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
        }
    }

    /** A chat message to an IRC nick or a Matrix user. */
    record Chat(String to, String message) implements NotificationContent {
    }
}
