package org.fedoraproject.fmn.forge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.junit.jupiter.api.Test;

class InMemoryForgeTest {

    private static InMemoryForge read(String json) {
        return InMemoryForge.fromJson(Json.MAPPER.readTree(json));
    }

    private static void refused(String json, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void readsPagureShapedProjects() {
        InMemoryForge forge = read("""
                {"projects": [{"namespace": "rpms", "name": "vim", "fullname": "rpms/vim",
                  "access_users": {"owner": ["alice"], "commit": ["bob"], "ticket": ["carol"], "admin": null},
                  "access_groups": {"commit": ["python-sig"]}},
                 {"namespace": "tests", "name": "vim"}]}
                """);

        Owners owners = forge.owners(new Artifact(ArtifactType.RPMS, "vim"));
        assertThat(owners.users()).containsExactlyInAnyOrder("alice", "bob");
        assertThat(owners.groups()).containsExactly("python-sig");
        assertThat(forge.size()).as("namespaces FMN does not track are skipped").isEqualTo(1);
    }

    @Test
    void aWrongTypedAccessListIsNamedByItsPath() {
        refused("{\"projects\": [{\"namespace\": \"rpms\", \"name\": \"vim\", \"access_users\": {\"owner\": \"alice\"}}]}",
                "projects[0].access_users.owner: expected a list of strings, got \"alice\"");
        refused("{\"projects\": [{\"namespace\": \"rpms\", \"name\": \"vim\", \"access_groups\": [\"sig\"]}]}",
                "projects[0].access_groups: expected an object, got a list");
        refused("{\"projects\": [{\"namespace\": \"rpms\", \"name\": \"vim\", \"access_users\": {\"commit\": [null]}}]}",
                "projects[0].access_users.commit[0]: expected a string, got null");
    }

    @Test
    void namespaceAndNameAreRequiredStrings() {
        refused("{\"projects\": [{\"namespace\": \"rpms\"}]}", "projects[0].name: expected a non-empty string, got nothing");
        refused("{\"projects\": [{\"namespace\": 1, \"name\": \"vim\"}]}",
                "projects[0].namespace: expected a non-empty string, got 1");
    }

    @Test
    void aProjectNamedTwiceIsRefused() {
        refused("{\"projects\": [{\"namespace\": \"rpms\", \"name\": \"vim\"}, {\"namespace\": \"rpms\", \"name\": \"vim\"}]}",
                "projects[1]: rpms/vim appears twice (first projects[0])");
    }

    @Test
    void aDocumentOfAnotherShapeIsRefused() {
        refused("{\"repos\": []}", "the document: expected an object {\"projects\": [...]}, got an object");
    }

    private static final String CATALOG = """
            {"projects": [
              {"namespace": "rpms", "name": "rust-serde", "access_users": {"owner": ["alice"]}, "access_groups": {"commit": ["rust-sig"]}},
              {"namespace": "rpms", "name": "python-rich", "access_users": {"owner": ["bob"], "ticket": ["alice"]}},
              {"namespace": "flatpaks", "name": "rust-serde", "access_users": {"collaborator": ["alice"]}},
              {"namespace": "containers", "name": "serde", "access_groups": {"ticket": ["rust-sig"]}}]}
            """;

    @Test
    void findsProjectsByPagurePattern() {
        InMemoryForge forge = read(CATALOG);

        assertThat(forge.matching("*serde*")).containsExactlyInAnyOrder(new Artifact(ArtifactType.RPMS, "rust-serde"),
                new Artifact(ArtifactType.FLATPAKS, "rust-serde"), new Artifact(ArtifactType.CONTAINERS, "serde"));
        assertThat(forge.matching("python-*")).containsExactly(new Artifact(ArtifactType.RPMS, "python-rich"));
        assertThat(forge.matching("rich")).as("without a star the name must match whole").isEmpty();
        assertThat(forge.matching("*.*")).as("a dot is literal").isEmpty();
    }

    @Test
    void findsWhatAUserOrGroupHoldsAsMatchingCountsOwners() {
        InMemoryForge forge = read(CATALOG);

        assertThat(forge.ofUser("alice")).as("ticket access holds nothing").containsExactlyInAnyOrder(
                new Artifact(ArtifactType.RPMS, "rust-serde"), new Artifact(ArtifactType.FLATPAKS, "rust-serde"));
        assertThat(forge.ofGroup("rust-sig")).containsExactly(new Artifact(ArtifactType.RPMS, "rust-serde"));
        assertThat(forge.ofUser("nobody")).isEmpty();
    }

    @Test
    void aLongPatternAgainstALongNameStaysCheap() {
        String name = "a".repeat(5_000);
        String pattern = "*a".repeat(2_000) + "b";

        assertThat(InMemoryForge.wildcardMatch(pattern, name)).isFalse();
        assertThat(InMemoryForge.wildcardMatch("*a*", name)).isTrue();
    }
}
