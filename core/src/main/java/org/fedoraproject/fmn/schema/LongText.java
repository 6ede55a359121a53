package org.fedoraproject.fmn.schema;

import java.util.function.Supplier;

/**
 * A message's long text, made when first asked for. It is what an email's body says, and
 * only emails use it: matching never does, and for a message of an unknown schema it is the
 * whole body written out indented (several times the body's size), so a message nobody is
 * emailed about never pays for it. Made at most once, whichever threads ask.
 */
final class LongText {

    private static final LongText NONE = new LongText(null);

    /** What makes the text; {@code null} once it is made. */
    private volatile Supplier<String> make;
    /** Written before {@link #make} is cleared, so a thread that sees it cleared sees this. */
    private String text;

    private LongText(Supplier<String> make) {
        this.make = make;
    }

    /** A text known already ({@code null} for none). */
    static LongText of(String text) {
        if (text == null) {
            return NONE;
        }
        LongText known = new LongText(null);
        known.text = text;
        return known;
    }

    /** A text {@code make} makes on first use; {@code make} returns {@code null} when there is none. */
    static LongText madeOnUse(Supplier<String> make) {
        return new LongText(make);
    }

    String get() {
        if (make == null) {
            return text;
        }
        synchronized (this) {
            Supplier<String> pending = make;
            if (pending != null) {
                text = pending.get();
                make = null;
            }
            return text;
        }
    }
}
