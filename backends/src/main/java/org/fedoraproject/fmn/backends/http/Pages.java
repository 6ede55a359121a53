package org.fedoraproject.fmn.backends.http;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;

import org.fedoraproject.fmn.text.Echo;

/**
 * Reads a list a service answers page by page, page after page as its {@link NextPage} says,
 * never endlessly: a next page that was read already (a service whose links go round) or a
 * list longer than {@link ClientSettings#maxPages()} stops the reading with a warning in the
 * log, and what was read so far is the answer.
 */
public final class Pages {

    private static final System.Logger LOG = System.getLogger(Pages.class.getName());

    /** What is done with each page. */
    @FunctionalInterface
    public interface Reader {

        /** Reads one page; answers whether to go on to the next one. */
        boolean read(Answer page);
    }

    private Pages() {
    }

    /**
     * Reads the list starting at {@code first}, giving each page to {@code reader} until the
     * last page, the reader says it has enough, or a bound is reached. A page after the first
     * that is not found (the list shrank meanwhile) ends the list.
     *
     * @return false when the first page is not found (404): there is no such list
     * @throws ServiceException when a page cannot be read
     */
    public static boolean read(ServiceClient client, URI first, NextPage next, Reader reader) {
        int maxPages = client.settings().maxPages();
        Set<URI> seen = new HashSet<>();
        URI uri = first;
        int read = 0;
        while (uri != null) {
            if (!seen.add(uri)) {
                warn(client, first, "its page " + Echo.of(uri.toString()) + " comes again after " + read
                        + " pages; the list is read as far as that");
                return true;
            }
            if (read == maxPages) {
                warn(client, first, "it has more than " + maxPages + " pages (fmn.backends.max-pages);"
                        + " only those are read");
                return true;
            }
            var page = client.get(uri);
            if (page.isEmpty()) {
                return read > 0;
            }
            read++;
            if (!reader.read(page.get())) {
                return true;
            }
            uri = next.after(uri, page.get());
        }
        return true;
    }

    private static void warn(ServiceClient client, URI first, String what) {
        LOG.log(Level.WARNING, () -> client.service() + "'s list at " + Echo.of(first.toString()) + " is cut short: " + what);
    }
}
