package org.fedoraproject.fmn.backends.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UrisTest {

    private static final URI ROOT = URI.create("https://fasjson.example.org/v1");

    @Test
    void eachNameIsOneEncodedPathSegment() {
        assertThat(Uris.resource(ROOT, true, null, "users", "a/b?c#d e", "groups"))
                .hasToString("https://fasjson.example.org/v1/users/a%2Fb%3Fc%23d%20e/groups/");
        assertThat(Uris.resource(ROOT, false, null, "rpms", "python3.12+ü"))
                .hasToString("https://fasjson.example.org/v1/rpms/python3.12%2B%C3%BC");
    }

    @Test
    void namesThatWouldStepAlongThePathNameNothing() {
        assertThat(Uris.resource(ROOT, true, null, "users", "..")).isNull();
        assertThat(Uris.resource(ROOT, true, null, "users", ".")).isNull();
        assertThat(Uris.resource(ROOT, true, null, "users", "")).isNull();
        assertThat(Uris.resource(ROOT, true, null, "users", (String) null)).isNull();
        assertThat(Uris.resource(ROOT, true, null, "users", "...")).hasToString("https://fasjson.example.org/v1/users/.../");
    }

    @Test
    void queryValuesAreEncodedAndReadBack() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("pattern", "*rust & go*");
        query.put("short", "true");
        URI uri = Uris.resource(ROOT, false, query, "projects");

        assertThat(uri).hasToString("https://fasjson.example.org/v1/projects?pattern=*rust+%26+go*&short=true");
        assertThat(Uris.query(uri)).containsExactly(Map.entry("pattern", "*rust & go*"), Map.entry("short", "true"));
        assertThat(Uris.withQuery(uri, Map.of("page", "2"))).hasToString("https://fasjson.example.org/v1/projects?page=2");
    }

    @Test
    void theApiRootIsAddedOnceWhateverTheSlashes() {
        assertThat(Uris.apiRoot(URI.create("https://src.example.org"), "/api/0")).hasToString("https://src.example.org/api/0");
        assertThat(Uris.apiRoot(URI.create("https://src.example.org/"), "/api/0")).hasToString("https://src.example.org/api/0");
        assertThat(Uris.apiRoot(URI.create("https://src.example.org/api/0/"), "/api/0"))
                .hasToString("https://src.example.org/api/0");
        assertThat(Uris.apiRoot(URI.create("https://example.org/fasjson"), "/v1")).hasToString("https://example.org/fasjson/v1");
    }

    @Test
    void aServiceUrlIsAnHttpUrlWithAHost() {
        assertThat(Uris.serviceUrl("fmn.fasjson.url", " https://fasjson.example.org ")).hasHost("fasjson.example.org");
        assertThatIllegalArgumentException().isThrownBy(() -> Uris.serviceUrl("fmn.fasjson.url", "fasjson.example.org"))
                .withMessage("fmn.fasjson.url must be an http or https URL with a host and without query,"
                        + " such as https://fasjson.fedoraproject.org, not fasjson.example.org");
        assertThatIllegalArgumentException().isThrownBy(() -> Uris.serviceUrl("fmn.distgit.url", "ftp://src.example.org"))
                .withMessageStartingWith("fmn.distgit.url must be an http or https URL");
        assertThatIllegalArgumentException().isThrownBy(() -> Uris.serviceUrl("fmn.distgit.url", "https://src.example.org/?a=b"))
                .withMessageStartingWith("fmn.distgit.url must be");
        assertThatIllegalArgumentException().isThrownBy(() -> Uris.serviceUrl("fmn.distgit.url", "http://a b\n"))
                .withMessage("fmn.distgit.url is not a URL: http://a b\\n");
    }
}
