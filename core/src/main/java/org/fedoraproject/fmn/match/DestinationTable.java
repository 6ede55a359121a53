package org.fedoraproject.fmn.match;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

import org.fedoraproject.fmn.rule.Destination;

/**
 * Numbers every destination (protocol and address) the index's rules send to, so that
 * matching groups a message's notifications by destination with array lookups and a rule's
 * summary word can name its destination. A destination keeps its number for the life of the
 * index's tables (see {@link RuleIndex} on compaction).
 */
final class DestinationTable {

    private final ConcurrentHashMap<Destination, Integer> ids = new ConcurrentHashMap<>();
    /** The destinations by number, replaced whole when it grows. */
    private volatile Destination[] byId = new Destination[64];
    /** How many destinations have numbers; written after their row, under the index's lock. */
    private volatile int count;

    /** The destination's number, handing out the next one to a new destination. Called under the index's lock. */
    int register(Destination destination) {
        Integer known = ids.get(destination);
        if (known != null) {
            return known;
        }
        int id = count;
        Destination[] current = byId;
        if (id == current.length) {
            current = Arrays.copyOf(current, id * 2);
        }
        current[id] = destination;
        byId = current; // published before the number is
        ids.put(destination, id);
        count = id + 1;
        return id;
    }

    Destination destination(int id) {
        return byId[id];
    }

    /** One more than the highest number handed out so far. */
    int limit() {
        return count;
    }
}
