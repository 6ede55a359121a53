package org.fedoraproject.fmn.rule;

import java.util.regex.Pattern;

/**
 * A topic filter: a shell glob matched as Python's {@code fnmatch.fnmatchcase} does on POSIX:
 * case-sensitive, {@code *} matches any run of characters (dots included), {@code ?} one
 * character, {@code [seq]} one of a set (ranges allowed), {@code [!seq]} one character not in
 * it; a {@code [} without a closing {@code ]} is literal.
 */
public final class TopicGlob {

    private final String glob;
    /** For globs with {@code ?} or {@code [}: the regular expression {@code fnmatch} builds. */
    private final Pattern pattern;
    /**
     * For globs whose only wildcard is {@code *} (nearly all of them: exact topics and
     * {@code *.bodhi.update.*}), the literal runs between the stars, matched without a regex.
     */
    private final String[] runs;

    private TopicGlob(String glob) {
        this.glob = glob;
        boolean starsOnly = glob.chars().noneMatch(c -> c == '?' || c == '[');
        this.runs = starsOnly ? glob.split("\\*", -1) : null;
        this.pattern = starsOnly ? null : Pattern.compile(translate(glob), Pattern.DOTALL);
    }

    public static TopicGlob of(String glob) {
        return new TopicGlob(glob);
    }

    public boolean matches(String topic) {
        return runs != null ? matchesRuns(topic) : pattern.matcher(topic).matches();
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

    public String glob() {
        return glob;
    }

    /** The regular expression for a glob, following {@code fnmatch.translate}. */
    static String translate(String glob) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        int n = glob.length();
        while (i < n) {
            char c = glob.charAt(i++);
            if (c == '*') {
                while (i < n && glob.charAt(i) == '*') {
                    i++;
                }
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
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
                    regex.append("\\[");
                } else {
                    regex.append(characterClass(glob.substring(i, j)));
                    i = j + 1;
                }
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    private static String characterClass(String body) {
        boolean negated = body.startsWith("!");
        String members = negated ? body.substring(1) : body;
        if (members.isEmpty()) {
            // "[!]" matches any one character, "[]" cannot occur (']' first is a member).
            return negated ? "." : "(?!)";
        }
        StringBuilder out = new StringBuilder("[");
        if (negated) {
            out.append('^');
        }
        for (int k = 0; k < members.length(); k++) {
            char m = members.charAt(k);
            if (m == '-' && k > 0 && k < members.length() - 1) {
                out.append('-');
            } else if (Character.isLetterOrDigit(m)) {
                out.append(m);
            } else {
                out.append('\\').append(m);
            }
        }
        return out.append(']').toString();
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
