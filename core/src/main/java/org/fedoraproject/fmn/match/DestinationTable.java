package org.fedoraproject.fmn.match;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.fedoraproject.fmn.rule.Destination;

/**
 * Numbers every destination (protocol and address) the index's rules send to, so that
 * matching groups a message's notifications by destination with array lookups. Numbers are
 * never reused; a destination no rule uses any more keeps its number (they are few bytes each).
 */
final class DestinationTable {

    private final ConcurrentHashMap<Destination, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    int idOf(Destination destination) {
        return ids.computeIfAbsent(destination, d -> next.getAndIncrement());
    }

    /** One more than the highest number handed out so far. */
    int limit() {
        return next.get();
    }
}
