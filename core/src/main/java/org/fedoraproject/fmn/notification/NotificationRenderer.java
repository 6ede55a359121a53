package org.fedoraproject.fmn.notification;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fedoraproject.fmn.match.MatchResult;
import org.fedoraproject.fmn.match.MatchedDestination;
import org.fedoraproject.fmn.match.Reason;
import org.fedoraproject.fmn.rule.Destination;
import org.fedoraproject.fmn.schema.MessageFacts;

/**
 * Renders a message's facts for one destination, as FMN does: the subject and chat line are
 * {@code [app] summary} (no prefix when the message has no app), chat lines end with the URL,
 * the email body is the long text then the URL, and the footer links to the rule's page.
 *
 * <p>Emails also carry the headers people filter mail on; the ones that depend on the rule
 * ({@link #RULE_HEADERS}) are not part of a notification's identity.
 */
public final class NotificationRenderer {

    public static final String HEADER_PREFIX = "X-Fedora-Messaging-";
    /** Headers that differ between rules producing the same email. */
    public static final List<String> RULE_HEADERS =
            List.of(HEADER_PREFIX + "Rule", HEADER_PREFIX + "Rule-Url", HEADER_PREFIX + "Reason");

    /** The years an email's {@code Date} header carries (RFC 5322, four digits). */
    private static final int FIRST_EMAIL_YEAR = 1900;
    private static final int LAST_EMAIL_YEAR = 9999;

    private final RenderSettings settings;

    public NotificationRenderer(RenderSettings settings) {
        this.settings = settings;
    }

    /** The notification of a matched destination, rendered. */
    public Notification render(MessageFacts facts, MatchedDestination matched) {
        return forMessage(facts).render(matched);
    }

    /** Every notification of a match result, rendered. */
    public List<Notification> render(MessageFacts facts, MatchResult result) {
        MessageRendering message = forMessage(facts);
        return result.destinations().stream().map(message::render).toList();
    }

    public NotificationContent render(MessageFacts facts, Destination destination, Reason reason) {
        return forMessage(facts).content(destination, reason);
    }

    /**
     * A renderer of one message's notifications: what they all share (subject, chat line, body,
     * the message's own headers) is made once, as a message can notify hundreds of people.
     */
    public MessageRendering forMessage(MessageFacts facts) {
        return new MessageRendering(facts);
    }

    /** Renders the notifications of one message; made by {@link #forMessage}. */
    public final class MessageRendering {

        private final MessageFacts facts;
        private final String subject;
        private final String chatLine;
        private final String body;
        /** The headers every email of the message carries, between Subject and the rule's. */
        private final Map<String, String> messageHeaders;

        private MessageRendering(MessageFacts facts) {
            this.facts = facts;
            this.subject = appPrefix(facts) + nullToEmpty(facts.summary());
            String url = nullToEmpty(facts.url());
            this.chatLine = subject + " " + url;
            // Facts read from files of derived facts may lack the long text; the summary is
            // the best long form they have.
            this.body = (facts.text() != null ? facts.text() : nullToEmpty(facts.summary())) + "\n" + url;
            this.messageHeaders = messageHeaders(facts);
        }

        /** The notification of a matched destination, rendered. */
        public Notification render(MatchedDestination matched) {
            return new Notification(facts.id(), matched.protocol(), matched.address(), matched.ruleIds(),
                    matched.reason(), content(matched.destination(), matched.reason()));
        }

        public NotificationContent content(Destination destination, Reason reason) {
            return switch (destination.protocol()) {
                case EMAIL -> {
                    String rulePage = settings.rulePage(reason.ruleId());
                    yield new NotificationContent.Email(emailHeaders(destination.address(), reason, rulePage), body,
                            "Sent by Fedora Notifications: " + rulePage);
                }
                case IRC, MATRIX -> new NotificationContent.Chat(destination.address(), chatLine);
            };
        }

        private Map<String, String> emailHeaders(String to, Reason reason, String rulePage) {
            LinkedHashMap<String, String> headers = new LinkedHashMap<>(2 * (messageHeaders.size() + 5));
            headers.put("To", to);
            headers.put("Subject", subject);
            headers.putAll(messageHeaders);
            headers.put(HEADER_PREFIX + "Rule", Long.toString(reason.ruleId()));
            headers.put(HEADER_PREFIX + "Rule-Url", rulePage);
            headers.put(HEADER_PREFIX + "Reason", reason.criterion().trackingRuleName());
            return new RenderedHeaders(headers);
        }
    }

    private Map<String, String> messageHeaders(MessageFacts facts) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (facts.sentAt() != null && carriesAsEmailDate(facts.sentAt())) {
            headers.put("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(facts.sentAt()));
        }
        headers.put(HEADER_PREFIX + "Topic", facts.topic());
        headers.put(HEADER_PREFIX + "Id", facts.id());
        headers.put(HEADER_PREFIX + "Link", settings.messagePage(facts.id()));
        headers.put(HEADER_PREFIX + "Severity", facts.severity().filterName());
        putIfPresent(headers, "App", facts.appName());
        putIfPresent(headers, "Agent", facts.agentName());
        putList(headers, "Usernames", facts.usernames());
        putList(headers, "Packages", facts.packages());
        putList(headers, "Containers", facts.containers());
        putList(headers, "Modules", facts.modules());
        putList(headers, "Flatpaks", facts.flatpaks());
        return headers;
    }

    /**
     * Whether an email's {@code Date} can state this time: RFC 5322 dates have years from 1900
     * on, written in four digits here. A publisher's clock or a forged header can say anything
     * ({@code +10000-01-01}); the email then goes without a Date, which its sender stamps with
     * the time it sends it, rather than not at all.
     */
    private static boolean carriesAsEmailDate(OffsetDateTime time) {
        int year = time.getYear();
        return year >= FIRST_EMAIL_YEAR && year <= LAST_EMAIL_YEAR;
    }

    private static void putIfPresent(Map<String, String> headers, String name, String value) {
        if (value != null && !value.isEmpty()) {
            headers.put(HEADER_PREFIX + name, value);
        }
    }

    private void putList(Map<String, String> headers, String name, List<String> values) {
        if (values != null && !values.isEmpty() && values.size() <= settings.maxListedNames()) {
            headers.put(HEADER_PREFIX + name, String.join(", ", values));
        }
    }

    private static String appPrefix(MessageFacts facts) {
        String app = facts.appName();
        return app == null || app.isEmpty() ? "" : "[" + app + "] ";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
