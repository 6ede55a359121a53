package org.fedoraproject.fmn.backends.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.fedoraproject.fmn.backends.stub.StubServer;
import org.fedoraproject.fmn.backends.stub.StubServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PagesTest {

    private final StubServer server = StubServer.start();
    private final ServiceClient client = new ServiceClient("dist-git",
            new ClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 1, 5), RequestAuthentication.NONE,
            Backoff.DEFAULT, wait -> {
            });

    /** Pages of these tests name their next page by path: {@code {"items": [...], "next": "/p2"}}. */
    private final NextPage byPath = (requested, page) -> {
        String next = page.optionalString(page.body(), "next", "next");
        return next == null ? null : URI.create(server.url() + next);
    };

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static Reply page(String items, String next) {
        return Reply.json("{\"items\": [" + items + "]" + (next == null ? "" : ", \"next\": \"" + next + "\"") + "}");
    }

    private List<String> readAll(String first) {
        List<String> items = new ArrayList<>();
        boolean found = Pages.read(client, URI.create(server.url() + first), byPath, page -> {
            items.addAll(page.strings(page.body(), "items", "items"));
            return true;
        });
        return found ? items : null;
    }

    @Test
    void readsEveryPageInTurn() {
        server.replies("/p1", page("\"a\", \"b\"", "/p2"));
        server.replies("/p2", page("\"c\"", "/p3"));
        server.replies("/p3", page("\"d\"", null));

        assertThat(readAll("/p1")).containsExactly("a", "b", "c", "d");
        assertThat(server.requests()).containsExactly("/p1", "/p2", "/p3");
    }

    @Test
    void aNextPageThatWasReadAlreadyEndsTheListWithWhatWasRead() {
        server.replies("/p1", page("\"a\"", "/p2"));
        server.replies("/p2", page("\"b\"", "/p1"));

        assertThat(readAll("/p1")).containsExactly("a", "b");
        assertThat(server.requests()).containsExactly("/p1", "/p2");
    }

    @Test
    void aListLongerThanTheLargestNumberOfPagesIsReadThatFar() {
        server.fallback(request -> {
            int n = Integer.parseInt(request.path().substring(2));
            return page("\"" + n + "\"", "/p" + (n + 1));
        });

        assertThat(readAll("/p1")).containsExactly("1", "2", "3", "4", "5");
        assertThat(server.requests()).hasSize(5);
    }

    @Test
    void aListWhoseFirstPageIsNotFoundIsNoList() {
        assertThat(readAll("/nothing")).isNull();
    }

    @Test
    void aLaterPageNotFoundEndsTheList() {
        server.replies("/p1", page("\"a\"", "/gone"));

        assertThat(readAll("/p1")).containsExactly("a");
    }

    @Test
    void theReaderMayStopEarly() {
        server.replies("/p1", page("\"a\"", "/p2"));
        server.replies("/p2", page("\"b\"", null));

        assertThat(Pages.read(client, URI.create(server.url() + "/p1"), byPath, page -> false)).isTrue();
        assertThat(server.requests()).containsExactly("/p1");
    }

    @Test
    void aPageThatCannotBeReadFailsTheList() {
        server.replies("/p1", page("\"a\"", "/p2"));
        server.replies("/p2", Reply.status(500));

        assertThatExceptionOfType(ServiceException.class).isThrownBy(() -> readAll("/p1"))
                .withMessage("dist-git answered GET " + server.url() + "/p2 with HTTP 500 (2 attempts)");
    }
}
