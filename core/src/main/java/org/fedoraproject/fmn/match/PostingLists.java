package org.fedoraproject.fmn.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rules by key (a user name, a group, an artifact), as the rules' slot numbers. Each key's
 * slots are an immutable array replaced whole on change, so matching reads without locks
 * while rules change, and reads a key's rules as consecutive ints.
 *
 * <p>Slots come in two ways. {@link #add} and {@link #remove} change the lists of tables
 * that matches read, copying a key's array each time: the price of lock-free reading, paid
 * once per rule edited. Tables being built, which no match reads yet, {@link #gather} their
 * slots instead, in arrays that grow by doubling, and {@link #publishGathered} makes each
 * key's array once: so a popular key (thousands following {@code rpms/kernel}) costs its
 * size to build, not its size squared.
 */
final class PostingLists<K> {

    private static final int[] NONE = new int[0];

    private final ConcurrentHashMap<K, int[]> lists = new ConcurrentHashMap<>();
    /** The slots gathered for tables under construction; {@code null} outside construction. */
    private Map<K, Gathered> gathered;

    /** A key's slots as they are gathered, with room to grow. */
    private static final class Gathered {
        int[] slots = new int[2];
        int size;

        void add(int slot) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
            }
            slots[size++] = slot;
        }
    }

    int[] get(K key) {
        int[] slots = key == null ? null : lists.get(key);
        return slots == null ? NONE : slots;
    }

    void add(K key, int slot) {
        lists.merge(key, new int[] {slot}, (old, one) -> {
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = slot;
            return grown;
        });
    }

    void remove(K key, int slot) {
        lists.computeIfPresent(key, (k, old) -> {
            int[] kept = Arrays.stream(old).filter(s -> s != slot).toArray();
            return kept.length == 0 ? null : kept;
        });
    }

    /** Adds a slot to the lists of tables no match reads yet; seen once {@link #publishGathered} is called. */
    void gather(K key, int slot) {
        if (gathered == null) {
            gathered = new HashMap<>();
        }
        gathered.computeIfAbsent(key, k -> new Gathered()).add(slot);
    }

    /** Makes the gathered slots each key's list, before the tables are handed to matches. */
    void publishGathered() {
        if (gathered == null) {
            return;
        }
        gathered.forEach((key, slots) -> lists.merge(key, Arrays.copyOf(slots.slots, slots.size), (old, more) -> {
            int[] all = Arrays.copyOf(old, old.length + more.length);
            System.arraycopy(more, 0, all, old.length, more.length);
            return all;
        }));
        gathered = null;
    }
}
