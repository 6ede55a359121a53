package org.fedoraproject.fmn.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.fedoraproject.fmn.message.Message;

/**
 * A schema written as data: one function per fact, each defaulting to what fedora-messaging's
 * base {@code Message} class returns (no app, no agent, empty lists, the topic as summary,
 * the default text, no URL).
 *
 * <p>Definitions are immutable; every {@code with}-style method returns a new one. This lets a
 * schema package state what its schemas share once, as a template, and each schema only what
 * differs, the way the Python classes inherit from a package base class:
 *
 * <pre>{@code
 * static final SchemaDefinition BODHI = SchemaDefinition.template()
 *         .appName("bodhi")
 *         .appIcon("https://apps.fedoraproject.org/img/icons/bodhi.png");
 *
 * BODHI.named("bodhi.update.comment.v1")
 *         .agentName(m -> ...)
 *         .summary(m -> ...)
 * }</pre>
 *
 * <p>Derivation mirrors how Fedora's code behaves when a property raises for an odd body:
 * that one fact is {@code null} and the others are still derived.
 */
public final class SchemaDefinition implements Schema {

    /** Marks "the text is the summary", the most common {@code __str__} of Fedora's schemas. */
    private static final Function<Message, String> SAME_AS_SUMMARY = m -> {
        throw new IllegalStateException("resolved in derive()");
    };

    private static final Function<Message, List<String>> NONE = m -> List.of();

    private final String name;
    private final boolean deprecated;
    private final Function<Message, String> appName;
    private final Function<Message, String> appIcon;
    private final Function<Message, String> agentName;
    private final Function<Message, List<String>> usernames;
    private final Function<Message, List<String>> groups;
    private final Function<Message, List<String>> packages;
    private final Function<Message, List<String>> containers;
    private final Function<Message, List<String>> modules;
    private final Function<Message, List<String>> flatpaks;
    private final Function<Message, String> summary;
    private final Function<Message, String> text;
    private final Function<Message, String> url;

    private SchemaDefinition(String name, boolean deprecated,
            Function<Message, String> appName, Function<Message, String> appIcon,
            Function<Message, String> agentName,
            Function<Message, List<String>> usernames, Function<Message, List<String>> groups,
            Function<Message, List<String>> packages, Function<Message, List<String>> containers,
            Function<Message, List<String>> modules, Function<Message, List<String>> flatpaks,
            Function<Message, String> summary, Function<Message, String> text,
            Function<Message, String> url) {
        this.name = name;
        this.deprecated = deprecated;
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
    }

    /** A nameless definition with fedora-messaging's defaults, to build templates and schemas from. */
    public static SchemaDefinition template() {
        return new SchemaDefinition(null, false, m -> null, m -> null, m -> null,
                NONE, NONE, NONE, NONE, NONE, NONE, Message::topic, DefaultText::of, m -> null);
    }

    /** This definition under a schema name (the {@code fedora_messaging_schema} header value). */
    public SchemaDefinition named(String schemaName) {
        return new SchemaDefinition(Objects.requireNonNull(schemaName), deprecated, appName, appIcon, agentName,
                usernames, groups, packages, containers, modules, flatpaks, summary, text, url);
    }

    /** Marks the schema deprecated (a newer version replaced it). */
    public SchemaDefinition deprecated(boolean value) {
        return new SchemaDefinition(name, value, appName, appIcon, agentName,
                usernames, groups, packages, containers, modules, flatpaks, summary, text, url);
    }

    public SchemaDefinition appName(String value) {
        return appName(new FixedAppName(value));
    }

    /** An application name that does not depend on the message, so it can be listed. */
    private record FixedAppName(String value) implements Function<Message, String> {
        @Override
        public String apply(Message message) {
            return value;
        }
    }

    @Override
    public Optional<String> applicationName() {
        return appName instanceof FixedAppName fixed ? Optional.ofNullable(fixed.value()) : Optional.empty();
    }

    public SchemaDefinition appName(Function<Message, String> f) {
        return new SchemaDefinition(name, deprecated, f, appIcon, agentName,
                usernames, groups, packages, containers, modules, flatpaks, summary, text, url);
    }

    public SchemaDefinition appIcon(String value) {
        return appIcon(m -> value);
    }

    public SchemaDefinition appIcon(Function<Message, String> f) {
        return new SchemaDefinition(name, deprecated, appName, f, agentName,
                usernames, groups, packages, containers, modules, flatpaks, summary, text, url);
    }

    public SchemaDefinition agentName(Function<Message, String> f) {
        return new SchemaDefinition(name, deprecated, appName, appIcon, f,
                usernames, groups, packages, containers, modules, flatpaks, summary, text, url);
    }

    public SchemaDefinition usernames(Function<Message, List<String>> f) {
        return new SchemaDefinition(name, deprecated, appName, appIcon, agentName,
                f, groups, packages, containers, modules, flatpaks, summary, text, url);
    }

    public SchemaDefinition groups(Function<Message, List<String>> f) {
        return new SchemaDefinition(name, deprecated, appName, appIcon, agentName,
                usernames, f, packages, containers, modules, flatpaks, summary, text, url);
    }

    public SchemaDefinition packages(Function<Message, List<String>> f) {
        return new SchemaDefinition(name, deprecated, appName, appIcon, agentName,
                usernames, groups, f, containers, modules, flatpaks, summary, text, url);
    }

    public SchemaDefinition containers(Function<Message, List<String>> f) {
        return new SchemaDefinition(name, deprecated, appName, appIcon, agentName,
                usernames, groups, packages, f, modules, flatpaks, summary, text, url);
    }

    public SchemaDefinition modules(Function<Message, List<String>> f) {
        return new SchemaDefinition(name, deprecated, appName, appIcon, agentName,
                usernames, groups, packages, containers, f, flatpaks, summary, text, url);
    }

    public SchemaDefinition flatpaks(Function<Message, List<String>> f) {
        return new SchemaDefinition(name, deprecated, appName, appIcon, agentName,
                usernames, groups, packages, containers, modules, f, summary, text, url);
    }

    public SchemaDefinition summary(Function<Message, String> f) {
        return new SchemaDefinition(name, deprecated, appName, appIcon, agentName,
                usernames, groups, packages, containers, modules, flatpaks, f, text, url);
    }

    public SchemaDefinition text(Function<Message, String> f) {
        return new SchemaDefinition(name, deprecated, appName, appIcon, agentName,
                usernames, groups, packages, containers, modules, flatpaks, summary, f, url);
    }

    /** The long text is the summary, whatever summary this definition ends up with. */
    public SchemaDefinition textSameAsSummary() {
        return text(SAME_AS_SUMMARY);
    }

    /** Restores fedora-messaging's default long text (id, topic, headers and body as JSON). */
    public SchemaDefinition defaultText() {
        return text(DefaultText::of);
    }

    public SchemaDefinition url(Function<Message, String> f) {
        return new SchemaDefinition(name, deprecated, appName, appIcon, agentName,
                usernames, groups, packages, containers, modules, flatpaks, summary, text, f);
    }

    @Override
    public String name() {
        if (name == null) {
            throw new IllegalStateException("a template has no schema name; call named() first");
        }
        return name;
    }

    @Override
    public boolean deprecated() {
        return deprecated;
    }

    @Override
    public MessageFacts derive(Message message) {
        String summaryValue = attempt(summary, message);
        // The text is made when asked for (only emails use it), and raises as late.
        Supplier<String> textValue = text == SAME_AS_SUMMARY ? () -> summaryValue : () -> attempt(text, message);
        return MessageFacts.withTextMadeOnUse(
                message.id(),
                message.topic(),
                message.schemaName(),
                deprecated,
                message.severity(),
                attempt(appName, message),
                attempt(appIcon, message),
                attempt(agentName, message),
                attempt(usernames, message),
                attempt(groups, message),
                attempt(packages, message),
                attempt(containers, message),
                attempt(modules, message),
                attempt(flatpaks, message),
                summaryValue,
                textValue,
                attempt(url, message),
                message.sentAt().orElse(null));
    }

    // A body can pass a schema's validation and still lack what one property reads; Fedora's
    // code raises for that property only, and so do we: the fact is unknown, the rest stand.
    private static <T> T attempt(Function<Message, T> property, Message message) {
        try {
            return property.apply(message);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "SchemaDefinition[" + name + "]";
    }
}
