package org.fedoraproject.fmn.schema.anitya;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.schema.SchemaTestMessages;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.junit.jupiter.api.Test;

class AnityaSchemasTest {

    private static MessageFacts derive(String schema, String body) {
        return SchemaTestMessages.derive(new AnityaSchemas(), "5e0c4c8e-0000-4000-8000-000000000001",
                "org.release-monitoring.prod." + schema, schema, body);
    }

    @Test
    void editedFedoraMappingNamesPreviousAndNewPackageSortedOnce() {
        MessageFacts facts = derive("anitya.project.map.update", """
                {"distro": {"name": "Fedora"},
                 "message": {"agent": "someone", "distro": "Fedora", "edited": ["package_name"],
                             "prev": "python-zeta", "new": "python3-alpha", "project": "zeta"},
                 "project": {"name": "zeta"}}
                """);

        assertThat(facts.packages()).containsExactly("python-zeta", "python3-alpha");
        assertThat(facts.agentName()).isEqualTo("someone");
        assertThat(facts.usernames()).isEmpty();
        assertThat(facts.text()).isEqualTo("A mapping for project zeta was edited in release-monitoring.");
    }

    @Test
    void mappingToAnotherDistributionNamesNoPackage() {
        MessageFacts facts = derive("anitya.project.map.new", """
                {"distro": {"name": "Debian"},
                 "message": {"agent": "someone", "distro": "Debian", "new": "zeta", "project": "zeta"},
                 "project": {"name": "zeta"}}
                """);

        assertThat(facts.packages()).isEmpty();
    }

    @Test
    void deletingMoreThanFiveVersionsCountsThemInsteadOfListingThem() {
        String few = """
                {"distro": null, "project": {"name": "zeta"},
                 "message": {"agent": "someone", "project": "zeta", "versions": ["1", "2"]}}
                """;
        String many = """
                {"distro": null, "project": {"name": "zeta"},
                 "message": {"agent": "someone", "project": "zeta", "versions": ["1", "2", "3", "4", "5", "6"]}}
                """;

        assertThat(derive("anitya.project.version.remove.v2", few).summary())
                .isEqualTo("A versions '1, 2' were deleted in project zeta in release-monitoring.");
        assertThat(derive("anitya.project.version.remove.v2", many).summary())
                .isEqualTo("6 versions entries were deleted in project zeta in release-monitoring.");
    }

    @Test
    void summaryIsUnknownWhenTheProjectHasNoName() {
        MessageFacts facts = derive("anitya.project.add", """
                {"distro": null, "project": {}, "message": {"agent": "someone", "project": "zeta"}}
                """);

        assertThat(facts.summary()).isNull();
        assertThat(facts.agentName()).isEqualTo("someone");
    }
}
