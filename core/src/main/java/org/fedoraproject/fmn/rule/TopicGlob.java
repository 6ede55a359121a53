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
 * typical globs.
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
    private interface OneCharacter {
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

    /** The glob's pieces, read as {@code fnmatch.translate} reads them. */
    private static OneCharacter[] pieces(String glob) {
        List<OneCharacter> pieces = new ArrayList<>();
        int i = 0;
        int n = glob.length();
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
                while (j < n && glob.charAt(j) != ']') {
                    j++;
                }
                if (j >= n) {
                    pieces.add(literal('['));
                } else {
                    pieces.add(bracket(glob, i, j));
                    i = j + 1;
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

    /**
     * The set {@code glob[from:to]} (inside the brackets) names. As in {@code fnmatch}, a
     * {@code -} makes a range only between two members and not right after a leading
     * {@code !}; the text is cut into chunks at those hyphens, each chunk's last character
     * starting a range that the next chunk's first ends, and empty ranges are dropped.
     */
    private static OneCharacter bracket(String glob, int from, int to) {
        String body = glob.substring(from, to);
        List<String> chunks = new ArrayList<>();
        if (body.indexOf('-') < 0) {
            chunks.add(body);
        } else {
            int start = from;
            int k = glob.charAt(from) == '!' ? from + 2 : from + 1;
            while (true) {
                k = glob.indexOf('-', k);
                if (k < 0 || k >= to) {
                    break;
                }
                chunks.add(glob.substring(start, k));
                start = k + 1;
                k = k + 3;
            }
            String chunk = glob.substring(start, to);
            if (chunk.isEmpty()) {
                chunks.set(chunks.size() - 1, chunks.getLast() + "-");
            } else {
                chunks.add(chunk);
            }
            for (int c = chunks.size() - 1; c > 0; c--) {
                String before = chunks.get(c - 1);
                String after = chunks.get(c);
                if (before.charAt(before.length() - 1) > after.charAt(0)) {
                    chunks.set(c - 1, before.substring(0, before.length() - 1) + after.substring(1));
                    chunks.remove(c);
                }
            }
        }
        boolean negated = chunks.getFirst().startsWith("!");
        if (negated) {
            chunks.set(0, chunks.getFirst().substring(1));
        }
        StringBuilder singles = new StringBuilder();
        StringBuilder ranges = new StringBuilder(); // pairs of first and last character
        for (int c = 0; c < chunks.size(); c++) {
            String chunk = chunks.get(c);
            int first = c > 0 ? 1 : 0;
            int end = c < chunks.size() - 1 ? chunk.length() - 1 : chunk.length();
            if (c > 0) {
                String before = chunks.get(c - 1);
                ranges.append(before.charAt(before.length() - 1)).append(chunk.charAt(0));
            }
            singles.append(chunk, first, Math.max(first, end));
        }
        String members = singles.toString();
        String bounds = ranges.toString();
        if (members.isEmpty() && bounds.isEmpty()) {
            return negated ? any -> true : none -> false; // "[!]" is any character; "[z-a]" none
        }
        return c -> {
            boolean in = members.indexOf(c) >= 0;
            for (int r = 0; !in && r < bounds.length(); r += 2) {
                in = bounds.charAt(r) <= c && c <= bounds.charAt(r + 1);
            }
            return in != negated;
        };
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
