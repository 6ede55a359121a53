package org.fedoraproject.fmn.schema.koschei;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.Schema;
import org.junit.jupiter.api.Test;

class KoscheiSchemasTest {

    private static MessageFacts derivePackage(String newState, String oldState, String instance) {
        Schema schema = new KoscheiSchemas().schemas().stream()
                .filter(s -> s.name().equals("koschei.package.state.change")).findFirst().orElseThrow();
        return schema.derive(SerializedMessageCodec.read("""
                {"id": "k-1", "topic": "koschei.package.state.change",
                 "headers": {"fedora_messaging_schema": "koschei.package.state.change"},
                 "body": {"name": "widget", "new": "%s", "old": "%s", "koji_instance": "%s",
                          "collection": "f99", "collection_name": "Fedora 99", "groups": ["gadgets"]}}
                """.formatted(newState, oldState, instance)));
    }

    @Test
    void secondaryKojiInstanceIsNamedInTheSummary() {
        MessageFacts facts = derivePackage("unresolved", "ok", "riscv");

        assertThat(facts.summary()).isEqualTo("widget's dependencies failed to resolve in f99 (riscv)");
        assertThat(facts.packages()).containsExactly("widget");
        assertThat(facts.groups()).containsExactly("gadgets");
        assertThat(facts.url()).isEqualTo("https://koschei.fedoraproject.org/package/widget?collection=f99");
    }

    @Test
    void stateWithoutWordingLeavesTheSummaryUnknown() {
        MessageFacts facts = derivePackage("exploded", "ok", "primary");

        assertThat(facts.summary()).isNull();
        assertThat(facts.text()).isNull();
        assertThat(facts.packages()).containsExactly("widget");
    }
}
