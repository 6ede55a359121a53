/**
 * Email: a notification made into a mail (From from the configuration, To, Subject and the
 * notification's headers cleaned of anything that could add a header, body and footer, and the
 * headers of automated mail: Message-ID, Auto-Submitted, Precedence, one-click List-Unsubscribe)
 * and delivered to an SMTP server, or, in the embedded default, written to an outbox directory.
 */
package org.fedoraproject.fmn.sender.email;
