package org.fedoraproject.fmn.consumer.pipeline;

/**
 * What becomes of a bus message once worked.
 *
 * @param reason why it was dead-lettered or must wait, for the log and the dead letter
 */
public record Outcome(Kind kind, String reason) {

    public enum Kind {
        /** Done: its notifications are confirmed on the send queues; acknowledge it. */
        DONE,
        /** It can never be worked (not JSON, not UTF-8, its facts cannot be derived): dead-letter it. */
        DEAD_LETTER,
        /** It could not be worked now (a service or the send queues out of reach): requeue it after a delay. */
        RETRY,
    }

    public static final Outcome DONE = new Outcome(Kind.DONE, null);

    public static Outcome deadLetter(String reason) {
        return new Outcome(Kind.DEAD_LETTER, reason);
    }

    public static Outcome retry(String reason) {
        return new Outcome(Kind.RETRY, reason);
    }
}
