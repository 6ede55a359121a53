package org.fedoraproject.fmn.sender.email;

import java.time.Duration;
import java.util.Properties;

/**
 * How to reach the SMTP server.
 *
 * @param security {@code none}, {@code starttls} (required, not opportunistic) or {@code tls}
 *        (implicit TLS, usually port 465)
 * @param username empty for a server that takes mail without logging in
 */
public record SmtpSettings(String host, int port, Security security, String username, String password, Duration timeout) {

    /** How the connection to the SMTP server is protected. */
    public enum Security {
        NONE, STARTTLS, TLS
    }

    /** Jakarta Mail's session properties for these settings. */
    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        String millis = Long.toString(timeout.toMillis());
        properties.put("mail.smtp.connectiontimeout", millis);
        properties.put("mail.smtp.timeout", millis);
        properties.put("mail.smtp.writetimeout", millis);
        switch (security) {
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                properties.put("mail.smtp.ssl.enable", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
        if (!username.isEmpty()) {
            properties.put("mail.smtp.auth", "true");
        }
        return properties;
    }
}
