package org.fedoraproject.fmn.backends.http;

import java.net.URI;

/** Where a service's list goes on after one page: each service says it its own way. */
@FunctionalInterface
public interface NextPage {

    /**
     * The URL of the page after {@code page}, which answered {@code requested}, or {@code null}
     * when {@code page} is the last.
     */
    URI after(URI requested, Answer page);
}
