package org.fedoraproject.fmn.sender.email;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.Delivery;
import org.fedoraproject.fmn.sender.DeliveryFailure;
import org.fedoraproject.fmn.sender.OutgoingNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends mail over one SMTP connection, kept open between mails and opened again when the server
 * dropped it (an idle timeout, a restart): the mail is then sent again once on the new
 * connection, and only a server that stays unreachable makes a temporary failure. The server's
 * answer decides the rest: a 5xx refusal is permanent, a 4xx one temporary.
 */
public final class SmtpDelivery implements Delivery {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpDelivery.class);

    private final SmtpSettings settings;
    private final MailComposer composer;
    private final Session session;
    private Transport transport;

    public SmtpDelivery(SmtpSettings settings, MailComposer composer) {
        this.settings = settings;
        this.composer = composer;
        this.session = Session.getInstance(settings.sessionProperties());
    }

    @Override
    public Protocol protocol() {
        return Protocol.EMAIL;
    }

    @Override
    public synchronized void deliver(OutgoingNotification notification) throws DeliveryFailure {
        MimeMessage mail = composer.compose(session, notification);
        try {
            send(mail);
        } catch (MessagingException first) {
            refusal(first);
            LOG.debug("The SMTP connection failed ({}): connecting again", first.toString());
            disconnect();
            try {
                send(mail);
            } catch (MessagingException again) {
                refusal(again);
                disconnect();
                throw DeliveryFailure.temporary("the SMTP server " + settings.host() + ":" + settings.port() + " cannot be reached: "
                        + again.getMessage(), again);
            }
        }
    }

    private void send(MimeMessage mail) throws MessagingException {
        if (transport == null) {
            Transport opened = session.getTransport("smtp");
            if (settings.username().isEmpty()) {
                opened.connect();
            } else {
                opened.connect(settings.host(), settings.port(), settings.username(), settings.password());
            }
            transport = opened;
        }
        transport.sendMessage(mail, mail.getAllRecipients());
    }

    /** Throws the failure the server's answer means, when it answered: it refused this mail. */
    private static void refusal(MessagingException e) throws DeliveryFailure {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            int code = switch (cause) {
                case SMTPAddressFailedException refused -> refused.getReturnCode();
                case SMTPSendFailedException refused -> refused.getReturnCode();
                default -> 0;
            };
            if (code >= 500) {
                throw DeliveryFailure.permanent("the SMTP server refused the mail: " + cause.getMessage().strip(), e);
            }
            if (code >= 400) {
                throw DeliveryFailure.temporary("the SMTP server deferred the mail: " + cause.getMessage().strip(), e);
            }
        }
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return cause.getCause() == cause ? null : cause.getCause();
    }

    private void disconnect() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // It is gone already.
            }
            transport = null;
        }
    }

    @Override
    public synchronized void close() {
        disconnect();
    }
}
