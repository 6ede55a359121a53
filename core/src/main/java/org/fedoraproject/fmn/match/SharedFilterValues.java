package org.fedoraproject.fmn.match;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.fedoraproject.fmn.rule.TopicGlob;

/**
 * The application sets and topic globs of the index's filters, each held once. Thousands of
 * rules name the same few values ({@code ["koji"]}, {@code *.bodhi.update.*}); sharing them
 * means testing a message against many rules reads a few objects already in cache instead of
 * one object per rule, and numbering the globs lets matching test a message's topic against
 * each distinct glob once, however many rules use it.
 */
final class SharedFilterValues {

    /** A topic glob with its number, unique among the index's globs. */
    record NumberedGlob(TopicGlob glob, int number) {
    }

    private final ConcurrentHashMap<Set<String>, Set<String>> applicationSets = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, NumberedGlob> globs = new ConcurrentHashMap<>();
    private final AtomicInteger nextGlob = new AtomicInteger();

    /** The shared set equal to this one; {@code null} for an empty set, which filters nothing. */
    Set<String> applications(Set<String> names) {
        return names.isEmpty() ? null : applicationSets.computeIfAbsent(names, n -> n);
    }

    /** The numbered glob of this glob's text; {@code null} for no glob. */
    NumberedGlob topic(TopicGlob glob) {
        return glob == null ? null : globs.computeIfAbsent(glob.glob(),
                text -> new NumberedGlob(glob, nextGlob.getAndIncrement()));
    }

    /** One more than the highest glob number handed out so far. */
    int globLimit() {
        return nextGlob.get();
    }
}
