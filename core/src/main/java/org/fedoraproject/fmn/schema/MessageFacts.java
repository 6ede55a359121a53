package org.fedoraproject.fmn.schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;

import org.fedoraproject.fmn.message.Severity;

/**
 * What FMN knows about a bus message once its schema has been applied: who and what it
 * concerns and how to tell a person about it. Lists keep the order the schema gives; a fact
 * the schema cannot give (or whose upstream code raises) is {@code null}. Immutable.
 *
 * <p>The long text is made when first asked for ({@link LongText}): until then the facts keep
 * the message it is made from.
 */
public final class MessageFacts {

    private final String id;
    private final String topic;
    private final String schema;
    private final boolean deprecated;
    private final Severity severity;
    private final String appName;
    private final String appIcon;
    private final String agentName;
    private final List<String> usernames;
    private final List<String> groups;
    private final List<String> packages;
    private final List<String> containers;
    private final List<String> modules;
    private final List<String> flatpaks;
    private final String summary;
    private final LongText text;
    private final String url;
    private final OffsetDateTime sentAt;

    /**
     * Facts whose long text is known already.
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
    public MessageFacts(
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
        this(id, topic, schema, deprecated, severity, appName, appIcon, agentName, usernames, groups, packages,
                containers, modules, flatpaks, summary, LongText.of(text), url, sentAt);
    }

    // Private, so that a null text given to the public constructor is no ambiguity for callers.
    private MessageFacts(
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
            LongText text,
            String url,
            OffsetDateTime sentAt) {
        this.id = id;
        this.topic = topic;
        this.schema = schema;
        this.deprecated = deprecated;
        this.severity = severity;
        this.appName = appName;
        this.appIcon = appIcon;
        this.agentName = agentName;
        this.usernames = usernames;
        this.groups = groups;
        this.packages = packages;
        this.containers = containers;
        this.modules = modules;
        this.flatpaks = flatpaks;
        this.summary = summary;
        this.text = text;
        this.url = url;
        this.sentAt = sentAt;
    }

    /** Facts whose long text {@code text} makes when it is first asked for ({@code null} from it: none). */
    static MessageFacts withTextMadeOnUse(
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
            Supplier<String> text,
            String url,
            OffsetDateTime sentAt) {
        return new MessageFacts(id, topic, schema, deprecated, severity, appName, appIcon, agentName, usernames, groups,
                packages, containers, modules, flatpaks, summary, LongText.madeOnUse(text), url, sentAt);
    }

    public String id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    public String schema() {
        return schema;
    }

    public boolean deprecated() {
        return deprecated;
    }

    public Severity severity() {
        return severity;
    }

    public String appName() {
        return appName;
    }

    public String appIcon() {
        return appIcon;
    }

    public String agentName() {
        return agentName;
    }

    public List<String> usernames() {
        return usernames;
    }

    public List<String> groups() {
        return groups;
    }

    public List<String> packages() {
        return packages;
    }

    public List<String> containers() {
        return containers;
    }

    public List<String> modules() {
        return modules;
    }

    public List<String> flatpaks() {
        return flatpaks;
    }

    public String summary() {
        return summary;
    }

    public String text() {
        return text.get();
    }

    public String url() {
        return url;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    @Override
    public String toString() {
        return "MessageFacts[id=" + id + ", topic=" + topic + ", schema=" + schema + "]";
    }
}
