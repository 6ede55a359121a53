package org.fedoraproject.fmn.sender.queue;

/** The headers the senders add to a notification they republish: attempts and why it died. */
public final class SendHeaders {

    /** Which attempt the next delivery is (1 when absent: the first). */
    public static final String ATTEMPT = "fmn_attempt";
    /** Why a dead-lettered notification could not be delivered. */
    public static final String DEAD_REASON = "fmn_dead_reason";
    /**
     * Not to be delivered before this instant (ISO-8601): set on a notification parked in its own
     * queue, on a broker without per-queue delays (the embedded broker).
     */
    public static final String NOT_BEFORE = "fmn_not_before";
    /** When it was dead-lettered (ISO-8601). */
    public static final String DEAD_AT = "fmn_dead_at";

    private SendHeaders() {
    }
}
