package org.fedoraproject.fmn.backends.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fedoraproject.fmn.backends.http.ClientSettings;
import org.fedoraproject.fmn.backends.pagure.PagureForge;
import org.fedoraproject.fmn.backends.stub.StubServer;
import org.fedoraproject.fmn.backends.stub.StubServer.Reply;
import org.fedoraproject.fmn.cache.CachePolicy;
import org.fedoraproject.fmn.cache.inprocess.InProcessCache;
import org.fedoraproject.fmn.cache.services.CachingForge;
import org.fedoraproject.fmn.cache.services.Scopes;
import org.fedoraproject.fmn.forge.Owners;
import org.fedoraproject.fmn.forge.ProjectAccess;
import org.fedoraproject.fmn.forge.Role;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.fedoraproject.fmn.testing.RecordingLogger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A warm-up from dist-git's published ownership files, served by a local server in the shape
 * src.fedoraproject.org publishes them: maintainers per namespace and project (groups as
 * {@code @name}), points of contact with the project's main admin.
 */
class DistGitWarmUpTest {

    private static final String OWNER_ALIAS = """
            {"rpms": {"kernel": ["jforbes", "@kernel-maint", "labbott"], "python-requests": ["@python-packagers-sig", "mira"]},
             "container": {"toolbox": ["debarshir"]},
             "modules": {"nodejs": ["sgallagh"]},
             "tests": {"kernel": ["qa-bot"]}}
            """;
    private static final String POINTS_OF_CONTACT = """
            {"rpms": {"kernel": {"fedora": "jforbes", "epel": "labbott", "admin": "jforbes"},
                      "python-requests": {"fedora": "mira", "epel": "mira", "admin": "mira"}},
             "container": {"toolbox": {"fedora": "debarshir", "epel": "debarshir", "admin": "debarshir"}}}
            """;

    private static final Artifact KERNEL = new Artifact(ArtifactType.RPMS, "kernel");

    private final StubServer distgit = StubServer.start();
    private final PagureForge pagure = PagureForge.connect(distgit.url(), new ClientSettings(Duration.ofSeconds(5),
            Duration.ofSeconds(10), 0, 10));
    private final InProcessCache cache = new InProcessCache(new CachePolicy(Scopes.DEFAULT_TTLS, Duration.ofHours(1),
            Duration.ofMinutes(10), Duration.ofMinutes(1)), Clock.systemUTC(), 1_000);
    private final CachingForge forge = new CachingForge(pagure, cache, Clock.systemUTC());
    private final RecordingLogger log = new RecordingLogger();

    @AfterEach
    void stop() {
        pagure.close();
        distgit.close();
    }

    private DistGitWarmUp warmUp(Set<ArtifactType> namespaces) {
        return new DistGitWarmUp(pagure.ownership(), forge, namespaces, Clock.systemUTC(), log);
    }

    @Test
    void afterAWarmUpMaintainersAreAnsweredWithoutAskingTheApiProjectByProject() {
        distgit.replies("/extras/pagure_owner_alias.json", Reply.json(OWNER_ALIAS));
        distgit.replies("/extras/pagure_poc.json", Reply.json(POINTS_OF_CONTACT));

        DistGitWarmUp.Outcome outcome = warmUp(EnumSet.allOf(ArtifactType.class)).warmUp();

        assertThat(outcome).isEqualTo(new DistGitWarmUp.Outcome(4, 4, 0, false));
        assertThat(forge.owners(KERNEL)).isEqualTo(new Owners(Set.of("jforbes", "labbott"), Set.of("kernel-maint")));
        assertThat(forge.access(KERNEL).orElseThrow().users()).isEqualTo(Map.of(Role.OWNER, List.of("jforbes"),
                Role.COMMIT, List.of("labbott")));
        assertThat(forge.owners(new Artifact(ArtifactType.CONTAINERS, "toolbox")).users()).containsExactly("debarshir");
        assertThat(forge.owners(new Artifact(ArtifactType.RPMS, "python-requests")).groups())
                .containsExactly("python-packagers-sig");
        assertThat(distgit.requests()).containsExactly("/extras/pagure_owner_alias.json", "/extras/pagure_poc.json");
        assertThat(log.lines()).anyMatch(line -> line.contains("done in") && line.contains("4 projects, 4 access lists kept"));
    }

    @Test
    void aProjectTheCacheAlreadyAnsweredForKeepsThatAnswer() {
        distgit.replies("/extras/pagure_owner_alias.json", Reply.json(OWNER_ALIAS));
        distgit.replies("/extras/pagure_poc.json", Reply.status(404));
        forge.prime(new ProjectAccess(KERNEL, Map.of(Role.OWNER, List.of("oskar")), Map.of()));

        DistGitWarmUp.Outcome outcome = warmUp(EnumSet.of(ArtifactType.RPMS)).warmUp();

        assertThat(outcome).isEqualTo(new DistGitWarmUp.Outcome(2, 1, 1, false));
        assertThat(forge.owners(KERNEL).users()).containsExactly("oskar");
        // without points of contact, everyone is a committer: the same maintainers
        assertThat(forge.access(new Artifact(ArtifactType.RPMS, "python-requests")).orElseThrow().users())
                .isEqualTo(Map.of(Role.COMMIT, List.of("mira")));
    }

    @Test
    void aFailingDistGitIsLoggedAndLeavesTheCacheAsItWas() {
        distgit.replies("/extras/pagure_owner_alias.json", Reply.status(503));

        DistGitWarmUp.Outcome outcome = warmUp(EnumSet.of(ArtifactType.RPMS)).warmUp();

        assertThat(outcome.failed()).isTrue();
        assertThat(cache.entries(null)).isEmpty();
        assertThat(log.lines()).anyMatch(line -> line.startsWith("WARNING Cache warm-up: gave up"));
    }

    @Test
    void aDistGitPublishingNoOwnershipIsSaid() {
        DistGitWarmUp.Outcome outcome = warmUp(EnumSet.of(ArtifactType.RPMS)).warmUp();

        assertThat(outcome).isEqualTo(new DistGitWarmUp.Outcome(0, 0, 0, false));
        assertThat(log.lines()).anyMatch(line -> line.contains("publishes no ownership"));
    }

    @Test
    void theOwnershipFileIsReadBesideTheApiWhateverTheUrlSays() {
        assertThat(PagureForge.connect(java.net.URI.create("https://src.example.org/api/0"), ClientSettings.DEFAULTS)
                .ownership().ownerAlias()).hasToString("https://src.example.org/extras/pagure_owner_alias.json");
        assertThat(Optional.of(pagure.ownership().ownerAlias().toString()))
                .contains(distgit.url() + "/extras/pagure_owner_alias.json");
    }
}
