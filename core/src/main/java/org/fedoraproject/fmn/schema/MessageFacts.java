package org.fedoraproject.fmn.schema;

import java.time.OffsetDateTime;
import java.util.List;

import org.fedoraproject.fmn.message.Severity;

/**
 * What FMN knows about a bus message once its schema has been applied: who and what it
 * concerns and how to tell a person about it. Lists keep the order the schema gives; a fact
 * the schema cannot give (or whose upstream code raises) is {@code null}.
 *
 * @param id the message id
 * @param topic the topic (routing key)
 * @param schema the schema name from the headers, or {@code null}
 * @param deprecated whether the schema is deprecated; such messages notify nobody
 * @param severity the message severity
 * @param appName the application that sent it ({@code bodhi}, {@code koji}, {@code Copr}, ...)
 * @param appIcon the URL of the application's icon
 * @param agentName who caused the event, {@code null} for automated events
 * @param usernames the people the message concerns
 * @param groups the groups the message concerns
 * @param packages rpm names (dist-git namespace {@code rpms})
 * @param containers dist-git {@code containers} names
 * @param modules dist-git {@code modules} names
 * @param flatpaks dist-git {@code flatpaks} names
 * @param summary one line for a person
 * @param text the long form (the email body)
 * @param url a link to the event
 * @param sentAt when the publisher sent it, when known
 */
public record MessageFacts(
        String id,
        String topic,
        String schema,
        boolean deprecated,
        Severity severity,
        String appName,
        String appIcon,
        String agentName,
        List<String> usernames,
        List<String> groups,
        List<String> packages,
        List<String> containers,
        List<String> modules,
        List<String> flatpaks,
        String summary,
        String text,
        String url,
        OffsetDateTime sentAt) {
}
