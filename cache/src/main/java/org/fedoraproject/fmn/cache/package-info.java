/**
 * The shared service cache: one {@link org.fedoraproject.fmn.cache.ServiceCache} port, kept in
 * process (Caffeine, the embedded default) or in Redis (production, with a short-lived
 * near-cache per process); per-scope TTLs, tags that drop related entries together, and a lock so
 * that one process refreshes an entry while the others serve the previous value.
 * {@link org.fedoraproject.fmn.cache.Lookups} is how callers read through it; the caching
 * directory and forge in front of the services are in {@code cache.services}.
 */
package org.fedoraproject.fmn.cache;
