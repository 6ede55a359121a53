package org.fedoraproject.fmn.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * A topic filter: a shell glob matched as Python's {@code fnmatch.fnmatchcase} does on POSIX:
 * case-sensitive, {@code *} matches any run of characters (dots included), {@code ?} one
 * character, {@code [seq]} one of a set (ranges allowed, empty ranges such as {@code z-a}
 * matching nothing), {@code [!seq]} one character not in it; a {@code [} without a closing
 * {@code ]} is literal. Every glob is valid, as in Python.
 *
 * <p>Matching needs no regular expression: a topic is tested against many rules' globs for
 * every message, and a glob's pieces each match exactly one character (or, for {@code *},
 * any run), which the classic backtrack-to-the-last-star walk matches in linear time for
 * typical globs, and at worst in time proportional to the topic's length times the glob's.
 * Reading a glob takes time linear in its length, whatever it holds (a run of unclosed
 * {@code [}, many ranges in a set).
 */
public final class TopicGlob {

    private final String glob;
    /**
     * For globs whose only wildcard is {@code *} (nearly all of them: exact topics and
     * {@code *.bodhi.update.*}), the literal runs between the stars, found with
     * {@code indexOf}; {@code null} for globs with {@code ?} or {@code [}.
     */
    private final String[] runs;
    /** For the other globs: each piece of the glob, {@code null} standing for a star. */
    private final OneCharacter[] pieces;

    /** A piece of a glob that matches exactly one character. */
    interface OneCharacter {
        boolean matches(char c);
    }

    private TopicGlob(String glob) {
        this.glob = glob;
        boolean starsOnly = glob.chars().noneMatch(c -> c == '?' || c == '[');
        this.runs = starsOnly ? glob.split("\\*", -1) : null;
        this.pieces = starsOnly ? null : pieces(glob);
    }

    public static TopicGlob of(String glob) {
        return new TopicGlob(glob);
    }

    public boolean matches(String topic) {
        return runs != null ? matchesRuns(topic) : matchesPieces(topic);
    }

    // runs[0] must start the topic, the last run end it, and the ones between appear in order;
    // with no star at all there is one run, which must be the whole topic.
    private boolean matchesRuns(String topic) {
        if (runs.length == 1) {
            return glob.equals(topic);
        }
        String first = runs[0];
        String last = runs[runs.length - 1];
        if (topic.length() < first.length() + last.length() || !topic.startsWith(first) || !topic.endsWith(last)) {
            return false;
        }
        int from = first.length();
        int end = topic.length() - last.length();
        for (int i = 1; i < runs.length - 1; i++) {
            int at = topic.indexOf(runs[i], from);
            if (at < 0 || at + runs[i].length() > end) {
                return false;
            }
            from = at + runs[i].length();
        }
        return true;
    }

    // On a mismatch, the last star seen takes one more character and matching resumes after
    // it; since every other piece takes exactly one character, that finds a match if any.
    private boolean matchesPieces(String topic) {
        int piece = 0;
        int at = 0;
        int star = -1;
        int starAt = 0;
        while (at < topic.length()) {
            if (piece < pieces.length && pieces[piece] != null && pieces[piece].matches(topic.charAt(at))) {
                piece++;
                at++;
            } else if (piece < pieces.length && pieces[piece] == null) {
                star = piece++;
                starAt = at;
            } else if (star >= 0) {
                piece = star + 1;
                at = ++starAt;
            } else {
                return false;
            }
        }
        while (piece < pieces.length && pieces[piece] == null) {
            piece++;
        }
        return piece == pieces.length;
    }

    public String glob() {
        return glob;
    }

    /**
     * The glob's pieces, read as {@code fnmatch.translate} reads them, in time linear in the
     * glob's length: a {@code [} after the glob's last {@code ]} is known to be literal without
     * a search, and a search that finds a {@code ]} consumes what it read.
     */
    private static OneCharacter[] pieces(String glob) {
        List<OneCharacter> pieces = new ArrayList<>();
        int n = glob.length();
        int lastClose = glob.lastIndexOf(']');
        int i = 0;
        while (i < n) {
            char c = glob.charAt(i++);
            if (c == '*') {
                if (pieces.isEmpty() || pieces.getLast() != null) {
                    pieces.add(null);
                }
            } else if (c == '?') {
                pieces.add(any -> true);
            } else if (c == '[') {
                int j = i;
                if (j < n && glob.charAt(j) == '!') {
                    j++;
                }
                if (j < n && glob.charAt(j) == ']') {
                    j++;
                }
                int close = j <= lastClose ? glob.indexOf(']', j) : -1;
                if (close < 0) {
                    pieces.add(literal('['));
                } else {
                    pieces.add(BracketSet.of(glob, i, close));
                    i = close + 1;
                }
            } else {
                pieces.add(literal(c));
            }
        }
        return pieces.toArray(OneCharacter[]::new);
    }

    private static OneCharacter literal(char c) {
        return other -> other == c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TopicGlob other && glob.equals(other.glob);
    }

    @Override
    public int hashCode() {
        return glob.hashCode();
    }

    @Override
    public String toString() {
        return glob;
    }
}
