package org.fedoraproject.fmn.message;

/**
 * A bus message that cannot be read. The {@link Problem} says what kind of fault it is, so
 * callers can count and route faults (a consumer dead-letters them), and the message text
 * names the field or the byte that is wrong.
 */
public class InvalidMessageException extends RuntimeException {

    /** What is wrong with the input. */
    public enum Problem {
        /** The bytes are not valid UTF-8 (or not in the declared content encoding). */
        NOT_UTF8,
        /** The text is not a JSON document. */
        NOT_JSON,
        /** The JSON is not of the expected shape (not an object, or a field of the wrong type). */
        WRONG_SHAPE,
        /** A required field is absent. */
        MISSING_FIELD,
        /** The severity header is not one of 10, 20, 30, 40. */
        BAD_SEVERITY,
        /** The message is past one of FMN's limits ({@link MessageLimits}): too large, too deep, too long a number. */
        OVER_LIMIT,
    }

    private final Problem problem;

    public InvalidMessageException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public InvalidMessageException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
