package org.fedoraproject.fmn.backends.http;

import java.net.URI;

import org.fedoraproject.fmn.text.Echo;

/**
 * A web service FMN reads (FASJSON, dist-git) did not give an answer FMN can use: it answered
 * with an error status, could not be reached in time, or answered something FMN cannot read.
 * The message names the service and the URL asked, never the answer's body (which may be a
 * whole error page); values in it are shown through {@link Echo}.
 *
 * <p>A lookup that finds nothing (404) is no error: the clients answer it as "none".
 */
public class ServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String service;
    private final URI uri;
    private final int status;

    private ServiceException(String service, URI uri, int status, String message, Throwable cause) {
        super(message, cause);
        this.service = service;
        this.uri = uri;
        this.status = status;
    }

    /** The service answered with an error status (after {@code attempts} tries). */
    static ServiceException status(String service, URI uri, int status, int attempts) {
        return new ServiceException(service, uri, status,
                service + " answered GET " + Echo.of(uri.toString()) + " with HTTP " + status + tries(attempts), null);
    }

    /** The service could not be reached or did not answer in time (after {@code attempts} tries). */
    static ServiceException unreachable(String service, URI uri, Throwable cause, int attempts) {
        return new ServiceException(service, uri, 0,
                service + " did not answer GET " + Echo.of(uri.toString()) + ": " + reason(cause) + tries(attempts), cause);
    }

    /** The service answered something FMN cannot read; {@code problem} says what. */
    static ServiceException unexpected(String service, URI uri, String problem, Throwable cause) {
        return new ServiceException(service, uri, 0,
                service + "'s answer to GET " + Echo.of(uri.toString()) + " is not what FMN reads: " + Echo.message(problem), cause);
    }

    /** The thread asking was interrupted while it waited. */
    static ServiceException interrupted(String service, URI uri, InterruptedException cause) {
        return new ServiceException(service, uri, 0,
                "interrupted while waiting for " + service + " to answer GET " + Echo.of(uri.toString()), cause);
    }

    /** The service's name as people know it: {@code FASJSON}, {@code dist-git}. */
    public String service() {
        return service;
    }

    /** The URL that was asked (the page being read, for a list read page by page). */
    public URI uri() {
        return uri;
    }

    /** The HTTP status the service answered, or 0 when it gave none FMN could use. */
    public int status() {
        return status;
    }

    private static String tries(int attempts) {
        return attempts > 1 ? " (" + attempts + " attempts)" : "";
    }

    /** Why there was no answer, in a few words. */
    static String reason(Throwable cause) {
        if (cause instanceof java.net.http.HttpConnectTimeoutException) {
            return "no connection within the connect timeout";
        }
        if (cause instanceof java.net.http.HttpTimeoutException || cause instanceof java.util.concurrent.TimeoutException) {
            return "no answer within the request timeout";
        }
        if (cause instanceof java.net.ConnectException) {
            return "connection refused";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : Echo.of(message);
    }
}
