package org.fedoraproject.fmn.backends.fasjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.fedoraproject.fmn.backends.http.Backoff;
import org.fedoraproject.fmn.backends.http.ClientSettings;
import org.fedoraproject.fmn.backends.http.RequestAuthentication;
import org.fedoraproject.fmn.backends.http.ServiceClient;
import org.fedoraproject.fmn.backends.http.ServiceException;
import org.fedoraproject.fmn.backends.stub.FasjsonDouble;
import org.fedoraproject.fmn.backends.stub.StubServer;
import org.fedoraproject.fmn.backends.stub.StubServer.Reply;
import org.fedoraproject.fmn.backends.stub.Worlds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What FASJSON's client asks, beyond the directory contract. */
class FasjsonDirectoryTest {

    private final StubServer server = StubServer.start();
    private FasjsonDirectory directory = connect(server.url());

    private FasjsonDirectory connect(URI url) {
        return new FasjsonDirectory(url, new ServiceClient(FasjsonDirectory.SERVICE,
                new ClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 1, 10), RequestAuthentication.NONE,
                Backoff.DEFAULT, wait -> {
                }));
    }

    @AfterEach
    void stop() {
        directory.close();
        server.close();
    }

    @Test
    void asksTheUserAndTheirGroupsUnderV1() {
        FasjsonDouble.serve(server, Worlds.DIRECTORY);

        assertThat(directory.person("mira")).isPresent();

        assertThat(directory.api()).isEqualTo(URI.create(server.url() + "/v1"));
        assertThat(server.requests()).containsExactly("/v1/users/mira/", "/v1/users/mira/groups/");
    }

    @Test
    void theConfiguredUrlMayAlreadyNameV1() {
        FasjsonDouble.serve(server, Worlds.DIRECTORY);
        directory.close();
        directory = connect(URI.create(server.url() + "/v1/"));

        assertThat(directory.exists("mira")).isTrue();
        assertThat(server.requests()).containsExactly("/v1/users/mira/");
    }

    @Test
    void anUnknownUserIsAskedOnceAndWhetherSomeoneExistsAsksOnlyForTheUser() {
        FasjsonDouble.serve(server, Worlds.DIRECTORY);

        assertThat(directory.person("nobody")).isEmpty();
        assertThat(directory.exists("oskar")).isTrue();

        assertThat(server.requests()).containsExactly("/v1/users/nobody/", "/v1/users/oskar/");
    }

    @Test
    void namesAreSentAsOnePathSegment() {
        FasjsonDouble.serve(server, Worlds.DIRECTORY);

        assertThat(directory.person("a/b c")).isEmpty();
        assertThat(directory.members("..")).isEmpty();

        assertThat(server.requests()).containsExactly("/v1/users/a%2Fb%20c/");
    }

    @Test
    void aPersonsGroupsAreReadOverEveryPage() {
        FasjsonDouble.serve(server, Worlds.DIRECTORY).pageSize(1);

        assertThat(directory.person("mira").orElseThrow().groups()).containsExactlyInAnyOrder("packager", "kde-sig");
        assertThat(server.requests()).containsExactly("/v1/users/mira/", "/v1/users/mira/groups/",
                "/v1/users/mira/groups/?page_number=2&page_size=1");
    }

    @Test
    void searchAsksFortyAPageAndStopsOnceItHasEnoughNames() {
        String users = IntStream.rangeClosed(1, 100).mapToObj(i -> "{\"username\": \"user%03d\"}".formatted(i))
                .collect(Collectors.joining(","));
        FasjsonDouble.serve(server, "{\"users\": [" + users + "]}");

        assertThat(directory.search("user", 50)).hasSize(50).startsWith("user001", "user002").endsWith("user050");
        assertThat(server.requests()).containsExactly("/v1/search/users/?username=user&page_size=40",
                "/v1/search/users/?username=user&page_size=40&page_number=2");

        assertThat(directory.search("user", 1000)).hasSize(100);
    }

    @Test
    void searchIsCaseInsensitiveAsFasjsonIs() {
        FasjsonDouble.serve(server, Worlds.DIRECTORY);

        assertThat(directory.search("MIR", 10)).containsExactly("mira", "miranda");
    }

    @Test
    void searchForFewerThanThreeCharactersAsksNothing() {
        FasjsonDouble.serve(server, Worlds.DIRECTORY);

        assertThat(directory.search("mi", 10)).isEmpty();
        assertThat(directory.search("  m ", 10)).isEmpty();
        assertThat(directory.search("mira", 0)).isEmpty();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void anAnswerOfAnotherShapeFailsNamingTheField() {
        server.replies("/v1/users/mira/", Reply.json("{\"result\": {\"username\": \"mira\", \"emails\": \"mira@example.org\"}}"));

        assertThatExceptionOfType(ServiceException.class).isThrownBy(() -> directory.person("mira"))
                .withMessage("FASJSON's answer to GET " + server.url() + "/v1/users/mira/ is not what FMN reads:"
                        + " result.emails: expected a list of strings, got \"mira@example.org\"");
    }

    @Test
    void aServiceThatFailsBeyondItsRetriesFailsTheLookup() {
        server.fallback(request -> Reply.status(503));

        assertThatExceptionOfType(ServiceException.class).isThrownBy(() -> directory.exists("mira"))
                .withMessage("FASJSON answered GET " + server.url() + "/v1/users/mira/ with HTTP 503 (2 attempts)");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aRefusedSearchIsAnErrorNotTriedAgain() {
        server.replies("/v1/search/users/", Reply.status(400));

        assertThatExceptionOfType(ServiceException.class).isThrownBy(() -> directory.search("mira", 10))
                .satisfies(e -> assertThat(e.status()).isEqualTo(400));
        assertThat(server.requests()).hasSize(1);
    }
}
