package org.fedoraproject.fmn.backends.pagure;

import java.net.URI;
import java.util.Map;

import org.fedoraproject.fmn.backends.http.Answer;
import org.fedoraproject.fmn.backends.http.NextPage;
import org.fedoraproject.fmn.backends.http.Uris;

import tools.jackson.databind.JsonNode;

/**
 * Pagure's pages: a paged answer carries {@code "pagination": {"page", "pages", "per_page",
 * "first", "last", "prev", "next"}}, {@code next} the full URL of the next page or null on the
 * last. The next page is asked with the parameters of {@code next} over those of the request,
 * at the address FMN was configured with: Pagure behind a proxy writes its links with the host
 * it believes it has, and a link to another host is none FMN should follow.
 */
final class PagurePaging implements NextPage {

    static final PagurePaging INSTANCE = new PagurePaging();

    @Override
    public URI after(URI requested, Answer page) {
        JsonNode pagination = page.optionalObject(page.body(), "pagination", "pagination");
        if (pagination == null) {
            return null;
        }
        String next = page.optionalString(pagination, "next", "pagination.next");
        if (next == null || next.isEmpty()) {
            return null;
        }
        URI link;
        try {
            link = new URI(next);
        } catch (java.net.URISyntaxException e) {
            throw page.unexpected("pagination.next: not a URL");
        }
        Map<String, String> query = Uris.query(requested);
        query.putAll(Uris.query(link));
        return Uris.withQuery(requested, query);
    }
}
