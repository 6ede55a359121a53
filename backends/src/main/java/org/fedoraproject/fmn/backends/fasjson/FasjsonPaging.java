package org.fedoraproject.fmn.backends.fasjson;

import java.net.URI;
import java.util.Map;

import org.fedoraproject.fmn.backends.http.Answer;
import org.fedoraproject.fmn.backends.http.NextPage;
import org.fedoraproject.fmn.backends.http.Uris;

import tools.jackson.databind.JsonNode;

/**
 * FASJSON's pages: a paged answer carries {@code "page": {"page_number", "total_pages",
 * "page_size", "total_results", "next_page"}}, an answer without {@code page} is the whole
 * list. The next page is the same request with {@code page_number} one more (and the page's
 * {@code page_size}), as FMN asks for it: FASJSON's own {@code next_page} link leaves out the
 * search terms, and names the host FASJSON believes it has.
 */
final class FasjsonPaging implements NextPage {

    static final FasjsonPaging INSTANCE = new FasjsonPaging();

    @Override
    public URI after(URI requested, Answer page) {
        JsonNode info = page.optionalObject(page.body(), "page", "page");
        if (info == null) {
            return null;
        }
        int number = page.integer(info, "page_number", "page.page_number");
        int total = page.integer(info, "total_pages", "page.total_pages");
        if (number >= total) {
            return null;
        }
        Map<String, String> query = Uris.query(requested);
        query.put("page_number", Integer.toString(number + 1));
        JsonNode size = info.get("page_size");
        if (!query.containsKey("page_size") && size != null && size.isIntegralNumber()) {
            query.put("page_size", Integer.toString(size.intValue()));
        }
        return Uris.withQuery(requested, query);
    }
}
