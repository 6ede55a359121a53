/**
 * The configuration backend: FMN's REST API under /api/v1 with OIDC bearer-token auth, rule CRUD,
 * proxy-caching of FASJSON and dist-git, and fmn.rule.* messages.
 *
 * <p>This component is not built yet; it depends on {@code core} like every other.
 */
package org.fedoraproject.fmn.backend;
