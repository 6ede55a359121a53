package org.fedoraproject.fmn.backends.pagure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.fedoraproject.fmn.backends.http.Backoff;
import org.fedoraproject.fmn.backends.http.ClientSettings;
import org.fedoraproject.fmn.backends.http.RequestAuthentication;
import org.fedoraproject.fmn.backends.http.ServiceClient;
import org.fedoraproject.fmn.backends.http.ServiceException;
import org.fedoraproject.fmn.backends.stub.PagureDouble;
import org.fedoraproject.fmn.backends.stub.StubServer;
import org.fedoraproject.fmn.backends.stub.StubServer.Reply;
import org.fedoraproject.fmn.backends.stub.Worlds;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What Pagure's client asks, beyond the forge contract. */
class PagureForgeTest {

    private static final Artifact RPM_TUXPAINT = new Artifact(ArtifactType.RPMS, "tuxpaint");
    private static final Artifact FLATPAK_TUXPAINT = new Artifact(ArtifactType.FLATPAKS, "tuxpaint");

    private final StubServer server = StubServer.start();
    private PagureForge forge = connect(server.url(), 10);

    private PagureForge connect(URI url, int maxPages) {
        return new PagureForge(url, new ServiceClient(PagureForge.SERVICE,
                new ClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 1, maxPages), RequestAuthentication.NONE,
                Backoff.DEFAULT, wait -> {
                }));
    }

    @AfterEach
    void stop() {
        forge.close();
        server.close();
    }

    @Test
    void aProjectIsAskedByNamespaceAndName() {
        PagureDouble.serve(server, Worlds.DISTGIT);

        assertThat(forge.access(new Artifact(ArtifactType.RPMS, "python-rich"))).isPresent();
        assertThat(forge.access(new Artifact(ArtifactType.RPMS, "c++ lib"))).isEmpty();

        assertThat(forge.api()).isEqualTo(URI.create(server.url() + "/api/0"));
        assertThat(server.requests()).containsExactly("/api/0/rpms/python-rich", "/api/0/rpms/c%2B%2B%20lib");
    }

    @Test
    void patternsAreAskedAcrossNamespacesWithoutForksInShortForm() {
        PagureDouble.serve(server, Worlds.DISTGIT);

        assertThat(forge.matching("tux*")).containsExactlyInAnyOrder(RPM_TUXPAINT, FLATPAK_TUXPAINT);
        assertThat(server.requests()).containsExactly("/api/0/projects?fork=false&per_page=100&pattern=tux*&short=true");
    }

    @Test
    void listsAreReadOverEveryPageAtTheConfiguredAddressNotTheOneInPaguresLinks() {
        PagureDouble.serve(server, Worlds.DISTGIT).maxPerPage(2);

        assertThat(forge.ofUser("oskar")).hasSize(3);

        assertThat(server.requests()).containsExactly(
                "/api/0/projects?fork=false&per_page=100&username=oskar&short=false",
                "/api/0/projects?fork=false&per_page=2&username=oskar&short=false&page=2");
        assertThat(PagureDouble.LINK_HOST).doesNotContain(server.url().getAuthority());
    }

    @Test
    void aGroupsProjectsAreAskedFromTheGroup() {
        PagureDouble.serve(server, Worlds.DISTGIT);

        assertThat(forge.ofGroup("kde-sig")).containsExactly(FLATPAK_TUXPAINT);
        assertThat(server.requests()).containsExactly("/api/0/group/kde-sig?projects=true&per_page=100");
    }

    @Test
    void anEmptyPatternOrNameAsksNothing() {
        assertThat(forge.matching("")).isEmpty();
        assertThat(forge.ofUser("")).isEmpty();
        assertThat(forge.ofGroup("")).isEmpty();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aPagureThatAnswersNoProjectsWith404HasNone() {
        // Older Pagure answered a search that found nothing with 404 ENOPROJECTS.
        assertThat(forge.matching("nothing*")).isEmpty();
        assertThat(forge.ofUser("nobody")).isEmpty();
    }

    @Test
    void pagesWhoseLinksGoRoundAreReadOnce() {
        String page = """
                {"projects": [{"namespace": "rpms", "name": "tuxpaint"}],
                 "pagination": {"page": 1, "pages": 2, "per_page": 1, "next": "%s"}}
                """;
        server.replies("/api/0/projects", Reply.json(page.formatted(PagureDouble.LINK_HOST
                + "/api/0/projects?fork=false&per_page=100&pattern=tux*&short=true")));

        assertThat(forge.matching("tux*")).containsExactly(RPM_TUXPAINT);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aListLongerThanTheLargestNumberOfPagesIsReadThatFar() {
        forge.close();
        forge = connect(server.url(), 3);
        server.route("/api/0/projects", request -> {
            int n = Integer.parseInt(request.query().getOrDefault("page", "1"));
            return Reply.json("""
                    {"projects": [{"namespace": "rpms", "name": "p%d"}],
                     "pagination": {"page": %d, "pages": 1000, "per_page": 1, "next": "/api/0/projects?page=%d"}}
                    """.formatted(n, n, n + 1));
        });

        assertThat(forge.matching("p*")).extracting(Artifact::name).containsExactly("p1", "p2", "p3");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void anAnswerOfAnotherShapeFailsNamingTheField() {
        server.replies("/api/0/rpms/tuxpaint", Reply.json("{\"access_users\": {\"owner\": \"mira\"}}"));

        assertThatExceptionOfType(ServiceException.class).isThrownBy(() -> forge.owners(RPM_TUXPAINT))
                .withMessage("dist-git's answer to GET " + server.url() + "/api/0/rpms/tuxpaint is not what FMN reads:"
                        + " access_users.owner: expected a list of strings, got \"mira\"");
    }

    @Test
    void aListThatFailsPartWayFailsWhole() {
        PagureDouble pagure = PagureDouble.serve(server, Worlds.DISTGIT).maxPerPage(1);
        server.fallback(request -> "2".equals(request.query().get("page")) ? Reply.status(500) : pagure.answer(request));

        assertThatExceptionOfType(ServiceException.class).isThrownBy(() -> forge.ofUser("oskar"))
                .satisfies(e -> {
                    assertThat(e.service()).isEqualTo("dist-git");
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.getMessage()).endsWith("with HTTP 500 (2 attempts)");
                });
    }

    @Test
    void projectsWithoutANamespaceOrInOneFmnDoesNotTrackAreLeftOut() {
        server.replies("/api/0/projects", Reply.json("""
                {"projects": [{"namespace": null, "name": "pagure"}, {"name": "fedocal"},
                  {"namespace": "tests", "name": "tuxpaint"}, {"namespace": "rpms", "name": "tuxpaint"}]}
                """));

        assertThat(forge.matching("*")).isEqualTo(List.of(RPM_TUXPAINT));
    }
}
