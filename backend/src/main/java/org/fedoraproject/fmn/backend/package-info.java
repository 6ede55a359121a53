/**
 * The configuration backend: FMN's REST API under {@code /api/v1}, with OIDC bearer-token
 * authentication, rule CRUD, proxy-caching of FASJSON and dist-git, and {@code fmn.rule.*}
 * messages. {@link org.fedoraproject.fmn.backend.BackendConfiguration} is what the program
 * imports to run it.
 */
package org.fedoraproject.fmn.backend;
