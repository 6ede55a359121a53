package org.fedoraproject.fmn.backend.outbox;

import org.fedoraproject.fmn.message.Message;

/**
 * Publishes a message on the bus (fedora-messaging's wire format, to {@code amq.topic} under its
 * topic) and returns only once the broker has confirmed it: a return means the broker took
 * responsibility for the message. Any failure — no connection, a negative confirm, no confirm
 * in time, a message the broker could not route — is an exception, and the message may or may
 * not have reached the bus, so the caller publishes it again later (at least once).
 */
public interface BusPublisher {

    void publish(Message message) throws BusException;

    /** Why a message could not be published. */
    class BusException extends Exception {
        public BusException(String message, Throwable cause) {
            super(message, cause);
        }

        public BusException(String message) {
            super(message);
        }
    }
}
