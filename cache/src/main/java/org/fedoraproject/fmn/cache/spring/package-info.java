/** The shared cache in a Spring program: {@code fmn.cache.*} and the one {@code ServiceCache} bean. */
package org.fedoraproject.fmn.cache.spring;
