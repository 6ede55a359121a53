/**
 * The shared service cache: Redis in production, in-process (Caffeine) in the embedded default,
 * with TTLs and tag invalidation, in front of the directory and the forge.
 *
 * <p>This component is not built yet; it depends on {@code core} like every other.
 */
package org.fedoraproject.fmn.cache;
