package org.fedoraproject.fmn.unsubscribe;

/** An unsubscribe link that is refused, and why. */
public final class InvalidTokenException extends RuntimeException {

    /** Why a token is refused. */
    public enum Reason {
        /** Not a token at all (cut short, changed by hand). */
        MALFORMED("This unsubscribe link is not complete: copy the whole link from the email."),
        /** Not signed with this FMN's key. */
        FORGED("This unsubscribe link was not made by this Fedora Notifications."),
        /** Older than the links are kept valid. */
        EXPIRED("This unsubscribe link has expired: use the link of a more recent email, or change the rule in the web interface.");

        private final String explanation;

        Reason(String explanation) {
            this.explanation = explanation;
        }

        /** What to tell the person who followed the link. */
        public String explanation() {
            return explanation;
        }
    }

    private final Reason reason;

    public InvalidTokenException(Reason reason) {
        super(reason.explanation());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
