/**
 * The account system and dist-git read through the shared cache: {@link
 * org.fedoraproject.fmn.cache.services.CachingDirectory}, {@link
 * org.fedoraproject.fmn.cache.services.CachingForge} and {@link
 * org.fedoraproject.fmn.cache.services.CachingProjectCatalog} in front of any implementation of
 * core's ports, their scopes ({@link org.fedoraproject.fmn.cache.services.Scopes}) and the tags
 * their entries carry ({@link org.fedoraproject.fmn.cache.Tags}).
 */
package org.fedoraproject.fmn.cache.services;
