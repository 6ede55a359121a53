package org.fedoraproject.fmn.message;

import java.util.Locale;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's read constraints set to {@link MessageLimits}, on purpose rather than by
 * Jackson's defaults, with errors that say in FMN's words which limit a document is past (the
 * JSON reader reports them as {@link InvalidMessageException.Problem#OVER_LIMIT}).
 */
final class ReadConstraints extends StreamReadConstraints {

    private static final long serialVersionUID = 1L;

    /** What the nesting error says of the document: its top level is a body, or holds one. */
    private final String nestedTooDeep;

    private ReadConstraints(int nesting, String nestedTooDeep) {
        // No limit on a document's length or tokens: the codecs limit the body itself.
        super(nesting, -1, -1, MessageLimits.MAX_NUMBER_LENGTH, MessageLimits.MAX_STRING_LENGTH,
                MessageLimits.MAX_KEY_LENGTH);
        this.nestedTooDeep = nestedTooDeep;
    }

    /**
     * For documents whose top-level object holds a message's parts (a serialized message, a
     * rule, facts): a body nested to the limit sits one level down.
     */
    static ReadConstraints forDocuments() {
        return new ReadConstraints(MessageLimits.MAX_NESTING + 1,
                "a value in it is nested deeper than " + count(MessageLimits.MAX_NESTING) + " levels");
    }

    /** For a body read on its own, as the broker delivers it. */
    static ReadConstraints forBodies() {
        return new ReadConstraints(MessageLimits.MAX_NESTING,
                "it is nested deeper than " + count(MessageLimits.MAX_NESTING) + " levels");
    }

    @Override
    public void validateNestingDepth(int depth) throws StreamConstraintsException {
        if (depth > _maxNestingDepth) {
            throw past(nestedTooDeep);
        }
    }

    @Override
    public void validateIntegerLength(int length) throws StreamConstraintsException {
        validateNumberLength(length);
    }

    @Override
    public void validateFPLength(int length) throws StreamConstraintsException {
        validateNumberLength(length);
    }

    private void validateNumberLength(int digits) throws StreamConstraintsException {
        if (digits > _maxNumLen) {
            throw past("a number in it has more than " + count(_maxNumLen) + " digits");
        }
    }

    @Override
    public void validateNameLength(int length) throws StreamConstraintsException {
        // Jackson counts a key read from bytes in bytes.
        if (length > _maxNameLen) {
            throw past("a key in it is longer than " + count(_maxNameLen) + " bytes");
        }
    }

    @Override
    public void validateStringLength(int length) throws StreamConstraintsException {
        validateStringLengthLong(length);
    }

    @Override
    public void validateStringLengthLong(long length) throws StreamConstraintsException {
        if (length > _maxStringLen) {
            throw past("a string in it is longer than " + count(_maxStringLen) + " characters");
        }
    }

    private static StreamConstraintsException past(String what) {
        return new StreamConstraintsException(what + " (the limit)");
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
