package org.fedoraproject.fmn.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class SchemaRegistryApplicationsTest {

    private static SchemaDefinition schema(String name, String app) {
        SchemaDefinition definition = SchemaDefinition.template().named(name);
        return app == null ? definition : definition.appName(app);
    }

    @Test
    void everyApplicationOnceSortedWithoutRegardToCaseCapitalsWinning() {
        SchemaRegistry registry = new SchemaRegistry(List.of(schema("blub.build.started", "Blub"),
                schema("blub.other", "blub"), schema("abc.something", "abc"), schema("no.app", null),
                schema("zed.thing", "Zed")));

        assertThat(registry.applicationNames()).containsExactly("abc", "Blub", "Zed");
    }

    @Test
    void fedorasSchemasNameTheApplicationsPeopleKnow() {
        List<String> applications = SchemaRegistry.standard().applicationNames();

        assertThat(applications).contains("bodhi", "Koji", "Copr", "anitya", "FMN", "The New Hotness");
        assertThat(applications).isSortedAccordingTo((a, b) -> a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT)));
        assertThat(applications.stream().map(a -> a.toLowerCase(Locale.ROOT))).doesNotHaveDuplicates();
    }
}
