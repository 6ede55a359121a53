package org.fedoraproject.fmn.sender.spring;

import java.time.Duration;

import org.fedoraproject.fmn.sender.email.SmtpSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The email sender ({@code fmn.sender.email.*}).
 *
 * @param enabled whether this process sends email
 * @param from the From of every mail
 * @param smtpHost the SMTP server; unset, mail is written to {@code outboxDir} instead
 * @param smtpPort its port (25, 587 with STARTTLS, 465 with TLS)
 * @param smtpSecurity {@code none}, {@code starttls} or {@code tls}
 * @param smtpUsername the account to log in with; unset, no login
 * @param smtpPassword its password (better from the environment: {@code FMN_SENDER_EMAIL_SMTP_PASSWORD})
 * @param smtpPasswordFile a file holding the password, read at start
 * @param smtpTimeout how long connecting and each SMTP exchange may take
 * @param outboxDir where mail is written without an SMTP server (default {@code <fmn.data-dir>/outbox})
 */
@ConfigurationProperties("fmn.sender.email")
public record EmailProperties(@DefaultValue("false") boolean enabled,
        @DefaultValue("Fedora Notifications <notifications@fedoraproject.org>") String from, String smtpHost,
        @DefaultValue("25") int smtpPort, @DefaultValue("none") SmtpSettings.Security smtpSecurity, String smtpUsername,
        String smtpPassword, String smtpPasswordFile, @DefaultValue("30s") Duration smtpTimeout, String outboxDir) {
}
