package org.fedoraproject.fmn.backends.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fedoraproject.fmn.backends.stub.Worlds;
import org.fedoraproject.fmn.forge.Forge;
import org.fedoraproject.fmn.forge.Owners;
import org.fedoraproject.fmn.forge.ProjectAccess;
import org.fedoraproject.fmn.forge.ProjectCatalog;
import org.fedoraproject.fmn.forge.Role;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.junit.jupiter.api.Test;

/**
 * What every dist-git answers as {@link Forge} and {@link ProjectCatalog}, run against the
 * in-memory one and against Pagure's client (talking to a Pagure double), each holding
 * {@link Worlds#DISTGIT}.
 */
public interface ForgeContract {

    Artifact RPM_TUXPAINT = new Artifact(ArtifactType.RPMS, "tuxpaint");
    Artifact RPM_RICH = new Artifact(ArtifactType.RPMS, "python-rich");
    Artifact FLATPAK_TUXPAINT = new Artifact(ArtifactType.FLATPAKS, "tuxpaint");
    Artifact CONTAINER_RICH_DEMO = new Artifact(ArtifactType.CONTAINERS, "python-rich-demo");

    /** The dist-git under test, holding {@link Worlds#DISTGIT}. */
    Forge forge();

    /** The same dist-git as a catalog. */
    ProjectCatalog catalog();

    @Test
    default void aProjectHasItsAccessListsRoleByRole() {
        ProjectAccess access = forge().access(RPM_TUXPAINT).orElseThrow();

        assertThat(access.artifact()).isEqualTo(RPM_TUXPAINT);
        assertThat(access.users()).isEqualTo(Map.of(Role.OWNER, List.of("mira"), Role.COMMIT, List.of("oskar"),
                Role.TICKET, List.of("lena")));
        assertThat(access.groups()).isEqualTo(Map.of(Role.TICKET, List.of("design-team")));
    }

    @Test
    default void ownersHoldAnyRoleButTicket() {
        assertThat(forge().owners(RPM_TUXPAINT)).isEqualTo(new Owners(Set.of("mira", "oskar"), Set.of()));
        assertThat(forge().owners(RPM_RICH)).isEqualTo(new Owners(Set.of("oskar", "tomas"), Set.of("python-packagers-sig")));
        assertThat(forge().owners(FLATPAK_TUXPAINT)).isEqualTo(new Owners(Set.of("mira", "tomas"), Set.of("kde-sig")));
    }

    @Test
    default void aNameThatIsNoProjectHasNoAccessAndNoOwners() {
        Artifact nothing = new Artifact(ArtifactType.RPMS, "no-such-package");

        assertThat(forge().access(nothing)).isEmpty();
        assertThat(forge().owners(nothing)).isEqualTo(Owners.NONE);
        assertThat(forge().owners(new Artifact(ArtifactType.MODULES, "tuxpaint"))).isEqualTo(Owners.NONE);
        assertThat(forge().access(new Artifact(ArtifactType.RPMS, ".."))).isEmpty();
    }

    @Test
    default void patternsFindProjectsOfTrackedNamespacesByName() {
        assertThat(catalog().matching("tux*")).containsExactlyInAnyOrder(RPM_TUXPAINT, FLATPAK_TUXPAINT);
        assertThat(catalog().matching("*rich*")).containsExactlyInAnyOrder(RPM_RICH, CONTAINER_RICH_DEMO);
        assertThat(catalog().matching("python-rich")).containsExactly(RPM_RICH);
        assertThat(catalog().matching("nothing*")).isEmpty();
    }

    @Test
    default void aUsersProjectsAreThoseTheyHoldAsMoreThanTicket() {
        assertThat(catalog().ofUser("mira")).containsExactlyInAnyOrder(RPM_TUXPAINT, FLATPAK_TUXPAINT);
        assertThat(catalog().ofUser("tomas")).containsExactlyInAnyOrder(RPM_RICH, FLATPAK_TUXPAINT);
        assertThat(catalog().ofUser("oskar")).containsExactlyInAnyOrder(RPM_TUXPAINT, RPM_RICH, CONTAINER_RICH_DEMO);
        assertThat(catalog().ofUser("lena")).isEmpty();
        assertThat(catalog().ofUser("nobody")).isEmpty();
    }

    @Test
    default void aGroupsProjectsAreThoseItHoldsAsMoreThanTicket() {
        assertThat(catalog().ofGroup("python-packagers-sig")).containsExactlyInAnyOrder(RPM_RICH, CONTAINER_RICH_DEMO);
        assertThat(catalog().ofGroup("kde-sig")).containsExactly(FLATPAK_TUXPAINT);
        assertThat(catalog().ofGroup("design-team")).isEmpty();
        assertThat(catalog().ofGroup("no-such-group")).isEmpty();
    }
}
