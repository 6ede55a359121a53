/**
 * Invalidation from the bus: the consumer hands every message to a
 * {@link org.fedoraproject.fmn.cache.invalidation.CacheInvalidation} before matching it, and the
 * answers the message makes stale (a project's access list, an account, a group's members) are
 * dropped from the shared cache in every process.
 */
package org.fedoraproject.fmn.cache.invalidation;
