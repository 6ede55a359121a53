package org.fedoraproject.fmn.cache;

/**
 * The right to refresh one entry, held by one caller of all processes sharing the cache until
 * it is closed or {@link CachePolicy#refreshLock()} has passed, whichever comes first (so a
 * process that dies holding it blocks nobody for longer than that).
 */
public interface RefreshLock extends AutoCloseable {

    /** Gives the right up; closing it again, or after it lapsed, does nothing. */
    @Override
    void close();
}
