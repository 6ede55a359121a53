package org.fedoraproject.fmn.sender.email;

import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fedoraproject.fmn.notification.NotificationContent;
import org.fedoraproject.fmn.sender.DeliveryFailure;
import org.fedoraproject.fmn.sender.OutgoingNotification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * Makes a notification into a mail: From from the configuration; To, Subject and the
 * notification's other headers (Date, the {@code X-Fedora-Messaging-*} metadata) as given, each
 * on one line; the body, then the signature separator {@code "-- "} and the footer, as FMN
 * writes them; and the headers of automated mail.
 */
public final class MailComposer {

    /** Headers FMN sets itself: a notification's own are ignored. */
    private static final Set<String> OWN_HEADERS = Set.of("from", "sender", "reply-to", "message-id", "auto-submitted", "precedence",
            "list-unsubscribe", "list-unsubscribe-post", "mime-version", "content-type", "content-transfer-encoding", "to", "subject",
            "cc", "bcc", "return-path");

    private final InternetAddress from;
    private final String messageIdDomain;
    private final Optional<UnsubscribeLinks> unsubscribe;

    /**
     * @param from the From address, such as {@code Fedora Notifications <notifications@fedoraproject.org>}
     * @param unsubscribe the links of one-click unsubscribe, when offered
     */
    public MailComposer(String from, Optional<UnsubscribeLinks> unsubscribe) {
        try {
            this.from = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("fmn.sender.email.from is not a mail address: " + from, e);
        }
        String address = this.from.getAddress();
        this.messageIdDomain = address.substring(address.indexOf('@') + 1);
        this.unsubscribe = unsubscribe;
    }

    /**
     * The mail of a notification.
     *
     * @throws DeliveryFailure permanent, when the notification's To is not a mail address
     */
    public MimeMessage compose(Session session, OutgoingNotification notification) throws DeliveryFailure {
        var email = (NotificationContent.Email) notification.content();
        try {
            MimeMessage mail = new IdentifiedMessage(session,
                    "<" + notification.id().replaceAll("[^A-Za-z0-9._-]", "-") + "@" + messageIdDomain + ">");
            mail.setFrom(from);
            mail.setRecipients(MimeMessage.RecipientType.TO, recipients(email.headers().get("To")));
            mail.setSubject(HeaderValues.clean(email.headers().getOrDefault("Subject", ""), HeaderValues.MAX_SUBJECT), "UTF-8");
            for (Map.Entry<String, String> header : email.headers().entrySet()) {
                String name = header.getKey();
                if (HeaderValues.isFieldName(name) && !OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    mail.setHeader(name, MimeUtility.fold(name.length() + 2,
                            MimeUtility.encodeText(HeaderValues.clean(header.getValue(), HeaderValues.MAX_VALUE), "UTF-8", null)));
                }
            }
            if (mail.getHeader("Date") == null) {
                mail.setSentDate(new Date());
            }
            mail.setHeader("Auto-Submitted", "auto-generated");
            mail.setHeader("Precedence", "bulk");
            if (unsubscribe.isPresent() && notification.ruleId().isPresent() && notification.ruleOwner().isPresent()) {
                mail.setHeader("List-Unsubscribe", "<" + unsubscribe.get().link(notification.ruleId().get(), notification.ruleOwner().get()) + ">");
                mail.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            mail.setText(text(email), "UTF-8");
            mail.saveChanges();
            return mail;
        } catch (AddressException e) {
            throw DeliveryFailure.permanent("the recipient is not a mail address: " + e.getMessage(), e);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw DeliveryFailure.permanent("the mail cannot be made: " + e.getMessage(), e);
        }
    }

    private static InternetAddress[] recipients(String to) throws AddressException {
        InternetAddress[] addresses = InternetAddress.parse(HeaderValues.clean(to, HeaderValues.MAX_VALUE), true);
        if (addresses.length != 1) {
            throw new AddressException("a notification goes to one address, not " + addresses.length, to);
        }
        return addresses;
    }

    /** The body, then, when there is a footer, a signature separator line and the footer. */
    static String text(NotificationContent.Email email) {
        if (email.footer().isEmpty()) {
            return email.body();
        }
        return email.body() + "\n\n-- \n" + email.footer();
    }

    /** A message whose Message-ID is the notification's, the same on every attempt, not a random one. */
    private static final class IdentifiedMessage extends MimeMessage {

        private final String messageId;

        IdentifiedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
