/** The shared cache's Micrometer meters; the cache itself works without Micrometer. */
package org.fedoraproject.fmn.cache.metrics;
