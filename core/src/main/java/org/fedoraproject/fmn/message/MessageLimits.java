package org.fedoraproject.fmn.message;

/**
 * The limits on what FMN reads of a message, chosen so that one message costs a bounded
 * amount of time and memory whatever a publisher sends. A message past one is refused with
 * {@link InvalidMessageException.Problem#OVER_LIMIT} and a text naming the limit; a consumer
 * dead-letters it. {@code docs/messages.md} states them for users.
 */
public final class MessageLimits {

    /**
     * The largest body, in bytes of UTF-8 JSON text: hundreds of times what Fedora's
     * publishers send (a few KB; the largest of the shared corpus of real messages, 11 KB),
     * and small enough that reading one, whose tree takes several times its size, is no danger
     * to the consumer.
     */
    public static final int MAX_BODY_BYTES = 8 << 20;

    /**
     * How deep a body or a header may nest arrays and objects ({@code {}} is one level,
     * {@code {"a": []}} two): Python's own recursion limit, so no Python publisher can send
     * deeper, and far from what would exhaust a thread's stack in code that walks a tree.
     */
    public static final int MAX_NESTING = 1000;

    /**
     * The most digits a number may have (both sides of the point, and the exponent's): ample
     * for any id, count or time; converting longer ones costs time that grows faster than
     * their length.
     */
    public static final int MAX_NUMBER_LENGTH = 1000;

    /**
     * The longest key of an object, in bytes of UTF-8: keys name fields, and Jackson keeps
     * them in a table all documents share.
     */
    public static final int MAX_KEY_LENGTH = 50_000;

    /** The longest string, in characters: none can be longer than a body may be. */
    public static final int MAX_STRING_LENGTH = MAX_BODY_BYTES;

    private MessageLimits() {
    }
}
