package org.fedoraproject.fmn.rule;

import java.util.Arrays;

/**
 * A topic glob's {@code [seq]}: the set of characters {@code fnmatch.translate} makes of the
 * text between the brackets, read in time linear in its length.
 *
 * <p>Python cuts the text into chunks at the hyphens that make ranges (not one right after a
 * leading {@code !}, nor one just after a range's last character), drops each empty range,
 * such as {@code z-a}, by deleting its two ends, joins what is left with hyphens and reads
 * that as a regular expression's set, a leading {@code !} negating it. It drops ranges from
 * the last backwards, rewriting the strings each time. A chunk keeps its own first character
 * whatever is deleted after it (chunks between two range hyphens have two characters or
 * more), so whether a range is empty depends on the original characters alone, and what is
 * left can be listed in one pass. That is then read as the regular expression reads it: a
 * {@code !} first negates, even one that only came first when a range before it was dropped,
 * and a range hyphen first (right after that {@code !}) is a member.
 */
final class BracketSet implements TopicGlob.OneCharacter {

    /** In the list of what is left, where a range's hyphen stands. */
    private static final int RANGE = -1;

    /** The characters that are members one by one. */
    private final String members;
    /** The ranges, as pairs of first and last character. */
    private final String ranges;
    private final boolean negated;

    private BracketSet(String members, String ranges, boolean negated) {
        this.members = members;
        this.ranges = ranges;
        this.negated = negated;
    }

    @Override
    public boolean matches(char c) {
        boolean in = members.indexOf(c) >= 0;
        for (int r = 0; !in && r < ranges.length(); r += 2) {
            in = ranges.charAt(r) <= c && c <= ranges.charAt(r + 1);
        }
        return in != negated;
    }

    /** The set {@code glob[from:to]} (the text inside the brackets, never empty) names. */
    static BracketSet of(String glob, int from, int to) {
        int[] bounds = new int[8]; // start and end of each chunk
        int count = 0;
        int start = from;
        int k = glob.charAt(from) == '!' ? from + 2 : from + 1;
        while ((k = hyphen(glob, k, to)) >= 0) {
            if (count + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[count++] = start;
            bounds[count++] = k;
            start = k + 1;
            k += 3;
        }
        // A text ending with a range hyphen has no last chunk: Python adds the hyphen to the one before.
        boolean trailingHyphen = start == to;
        if (!trailingHyphen) {
            bounds = Arrays.copyOf(bounds, count + 2);
            bounds[count++] = start;
            bounds[count++] = to;
        }
        int chunks = count / 2;

        // The range between chunk c-1 and chunk c (c >= 1) is dropped when its first end is above its last.
        boolean[] dropped = new boolean[chunks + 1];
        for (int c = 1; c < chunks; c++) {
            dropped[c] = glob.charAt(bounds[2 * c - 1] - 1) > glob.charAt(bounds[2 * c]);
        }
        int[] left = new int[to - from + chunks + 1];
        int length = 0;
        for (int c = 0; c < chunks; c++) {
            if (c > 0 && !dropped[c]) {
                left[length++] = RANGE;
            }
            int first = dropped[c] ? bounds[2 * c] + 1 : bounds[2 * c];
            int last = dropped[c + 1] ? bounds[2 * c + 1] - 1 : bounds[2 * c + 1];
            for (int i = first; i < last; i++) {
                left[length++] = glob.charAt(i);
            }
        }
        if (trailingHyphen) {
            left[length++] = '-';
        }
        return read(left, length);
    }

    /** The first '-' in {@code glob[k:to]}, or -1. */
    private static int hyphen(String glob, int k, int to) {
        for (int i = k; i < to; i++) {
            if (glob.charAt(i) == '-') {
                return i;
            }
        }
        return -1;
    }

    /** Reads what is left of the set as a regular expression's set reads it. */
    private static BracketSet read(int[] left, int length) {
        boolean negated = length > 0 && left[0] == '!';
        StringBuilder members = new StringBuilder();
        StringBuilder ranges = new StringBuilder();
        for (int at = negated ? 1 : 0; at < length; at++) {
            int c = left[at];
            if (c == RANGE) {
                members.append('-'); // only ever first, after a '!' that came first: a member
            } else if (at + 2 < length && left[at + 1] == RANGE) {
                ranges.append((char) c).append((char) left[at + 2]);
                at += 2;
            } else {
                members.append((char) c);
            }
        }
        return new BracketSet(members.toString(), ranges.toString(), negated);
    }
}
