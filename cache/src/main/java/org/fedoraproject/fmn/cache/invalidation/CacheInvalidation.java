package org.fedoraproject.fmn.cache.invalidation;

import org.fedoraproject.fmn.message.Message;

/**
 * Drops the cached answers a bus message says are out of date: a dist-git project's users or
 * groups changed, an account changed, a group gained or lost a member.
 *
 * <p>Delivery semantics:
 * <ul>
 * <li>The consumer calls {@link #handle} once per message it received, <em>before</em> matching
 * that message, so the match (and every later one, in every process) sees the change: the drops
 * reach the shared cache, and through it every process's near-cache, before {@code handle}
 * returns.
 * <li>It is idempotent: handling a message twice (redelivery after a crash, two consumers) only
 * drops again what was already dropped, which costs one more service call per answer.
 * <li>Order does not matter: a drop makes the next lookup ask the service, which answers with its
 * state at that time, whatever order the messages came in.
 * <li>It never fails the message: a message it does not understand, or of a shape it does not
 * expect, drops nothing; a cache that cannot be reached drops nothing (see
 * {@link org.fedoraproject.fmn.cache.ServiceCache}), and the answers age out on their TTL.
 * </ul>
 * Implementations are thread-safe.
 */
public interface CacheInvalidation {

    /** Drops what the message says has changed; does nothing for any other message. */
    void handle(Message message);
}
