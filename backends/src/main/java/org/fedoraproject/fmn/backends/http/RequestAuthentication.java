package org.fedoraproject.fmn.backends.http;

import java.net.URI;
import java.net.http.HttpRequest;

/**
 * How a client proves who it is to its service, applied to every request before it is sent
 * (each try of it again). Clients send no credentials by default ({@link #NONE}).
 *
 * <p>This is where Kerberos belongs: Fedora's FASJSON answers only requests authenticated
 * with SPNEGO ({@code Authorization: Negotiate <token>}, a GSS-API token for the service
 * principal {@code HTTP@<host>}). FMN does not implement it yet; an implementation would
 * obtain a token from the service's keytab with {@code org.ietf.jgss} (JAAS login with the
 * keytab, then {@code GSSManager.createContext(...).initSecContext}) and set the header here.
 * Until then, run FMN against a FASJSON that accepts it unauthenticated, or through a proxy
 * that authenticates for it. A service that refuses (401) fails the call, not retried.
 */
@FunctionalInterface
public interface RequestAuthentication {

    /** Sends no credentials. */
    RequestAuthentication NONE = (request, uri) -> {
    };

    /** Adds what proves who FMN is (a header) to a request for {@code uri}. */
    void authenticate(HttpRequest.Builder request, URI uri);
}
