package org.fedoraproject.fmn.match;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

import org.fedoraproject.fmn.directory.Directory;

/**
 * Numbers the owners of indexed rules, so that a rule carries its owner as a few bits of its
 * summary word ({@link RuleTable}): "was this message the owner's own action" compares two
 * numbers, and whether the owner's account still exists is remembered per number, asked of
 * the directory again only when the directory's generation has moved on.
 */
final class OwnerTable {

    /** Owner numbers take 24 bits of a rule's summary word. */
    static final int MAX_OWNERS = 1 << 24;

    /** The owners' names and last answers, replaced whole when they grow. */
    private record Columns(String[] names, AtomicLongArray known) {
    }

    private final ConcurrentHashMap<String, Integer> numbers = new ConcurrentHashMap<>();
    private volatile Columns columns = new Columns(new String[64], unknown(64));

    /** The owner's number, handing out the next one to a new owner. Called under the index's lock. */
    int register(String owner) {
        Integer known = numbers.get(owner);
        if (known != null) {
            return known;
        }
        int number = numbers.size();
        if (number == MAX_OWNERS) {
            throw new IllegalStateException("more than " + MAX_OWNERS + " rule owners");
        }
        Columns current = columns;
        if (number == current.names().length) {
            int size = number * 2;
            AtomicLongArray grown = unknown(size);
            for (int i = 0; i < number; i++) {
                grown.set(i, current.known().get(i));
            }
            current = new Columns(Arrays.copyOf(current.names(), size), grown);
        }
        current.names()[number] = owner;
        columns = current; // published before the number is, so readers of the number see its row
        numbers.put(owner, number);
        return number;
    }

    /** The number of a user who owns indexed rules; -1 for anyone else. */
    int numberOf(String user) {
        Integer number = user == null ? null : numbers.get(user);
        return number == null ? -1 : number;
    }

    /**
     * Whether the owner's account exists. The answer is kept with the directory generation it
     * was taken at, in one word (generation shifted left, the answer in bit 0), so no thread can
     * see an answer paired with another generation.
     */
    boolean exists(int owner, Directory directory) {
        Columns current = columns;
        long generation = directory.generation();
        if (generation < 0) {
            return directory.exists(current.names()[owner]);
        }
        long answer = current.known().get(owner);
        if (answer >= 0 && answer >>> 1 == generation) {
            return (answer & 1) == 1;
        }
        boolean exists = directory.exists(current.names()[owner]);
        current.known().set(owner, generation << 1 | (exists ? 1 : 0));
        return exists;
    }

    private static AtomicLongArray unknown(int size) {
        AtomicLongArray known = new AtomicLongArray(size);
        for (int i = 0; i < size; i++) {
            known.set(i, -1);
        }
        return known;
    }
}
