package org.fedoraproject.fmn.backend.problem;

/** A request body over the configured limit ({@code fmn.api.max-body-size}): answered 413. */
public class BodyTooLargeException extends java.io.IOException {

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes (the limit)");
    }
}
