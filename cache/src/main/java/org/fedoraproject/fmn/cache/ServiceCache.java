package org.fedoraproject.fmn.cache;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers of slow services (the account system, dist-git), kept for every process of a
 * deployment: in Redis in production, in process in the embedded default. Values are text
 * (callers encode them, see {@link Codec}); each entry lives as long as its scope's TTL
 * ({@link CachePolicy}), then is served stale for a while, then is gone.
 *
 * <p>What callers can rely on:
 * <ul>
 * <li>A {@link #put} is seen by every process's next {@link #get}, except that a process with a
 * near-cache may go on serving its own copy of the previous value for the near-cache's TTL.
 * <li>A {@link #drop} or {@link #dropTag} is seen by every process's next {@link #get}: a
 * process's near-cache forgets the entry as soon as the drop reaches it (Redis pub/sub,
 * milliseconds), and forgets everything when it has lost touch with Redis.
 * <li>{@link #drops()} moves on after every drop this process made or heard of; callers that
 * keep what they derived from answers (matching) keep it only while it stays the same.
 * <li>The cache never fails a caller: when its store is unreachable, {@code get} finds nothing,
 * {@code put} and drops do nothing, {@link #tryLock} grants the lock, and the outage is logged
 * once, not per call, until the store answers again.
 * </ul>
 * Beside lookups, it answers an administrator ({@code fmn cache}): what it holds
 * ({@link #entries}, {@link #tagged}), how lookups fared ({@link #statistics},
 * {@link #sharedCounts}), and drops many entries at once ({@link #drop(Collection)}). These scan
 * the store, so lookups never use them.
 *
 * <p>All implementations are thread-safe.
 */
public interface ServiceCache extends AutoCloseable {

    /** The kept value, fresh or stale; empty when there is none (never put, dropped, expired). */
    Optional<CachedValue> get(CacheKey key);

    /**
     * Keeps a value for its scope's TTL, replacing any before it, under tags: names of what it
     * was made from ({@code user:mira}, {@code artifact:rpms/kernel}), so that one
     * {@link #dropTag} drops every entry made from it.
     */
    void put(CacheKey key, String value, Set<String> tags);

    /** Forgets one entry in every process. */
    void drop(CacheKey key);

    /** Forgets every entry put with that tag, in every process. */
    void dropTag(String tag);

    /**
     * Takes the right to refresh an entry, unless another caller (of any process) holds it.
     *
     * @return the lock, or empty when someone else is refreshing the entry
     */
    Optional<RefreshLock> tryLock(CacheKey key);

    /** A number that moves on after every drop made here or heard of from another process. */
    long drops();

    /**
     * Forgets these entries in every process.
     *
     * @return how many of them were kept
     */
    long drop(Collection<CacheKey> keys);

    /**
     * Every entry kept in the scope, or in every scope when {@code scope} is null, in no
     * particular order; an entry past its end is not listed.
     */
    List<CacheEntry> entries(String scope);

    /** The keys of the entries kept under the tag. */
    Set<CacheKey> tagged(String tag);

    /** This process's counts of lookups, loads and drops per scope, for metrics. */
    CacheStatistics statistics();

    /**
     * The counts of every process sharing the store, per scope: this process's, and those the
     * others have published (a Redis cache publishes its own every few seconds and when closed);
     * for the in-process cache, the same as {@link #statistics()}.
     */
    Map<String, CacheCounts> sharedCounts();

    /** The policy entries are kept by. */
    CachePolicy policy();

    @Override
    void close();
}
