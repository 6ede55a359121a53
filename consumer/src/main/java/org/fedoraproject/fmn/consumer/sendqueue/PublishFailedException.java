package org.fedoraproject.fmn.consumer.sendqueue;

/** Notifications the broker did not confirm: the bus messages they came from are worked again later. */
public final class PublishFailedException extends Exception {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
