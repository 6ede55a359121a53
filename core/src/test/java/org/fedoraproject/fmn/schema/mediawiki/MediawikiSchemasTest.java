package org.fedoraproject.fmn.schema.mediawiki;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.SchemaRegistry;
import org.junit.jupiter.api.Test;

class MediawikiSchemasTest {

    private MessageFacts edit(String title) {
        return new SchemaRegistry(new MediawikiSchemas().schemas()).derive(SerializedMessageCodec.read("""
                {"id": "c0ffee00-0000-4000-8000-000000000040", "topic": "wiki.article.edit",
                 "headers": {"fedora_messaging_schema": "wiki.article.edit.v1"},
                 "body": {"title": "%s", "user": "editor", "summary": "typo", "minor_edit": true,
                          "page_url": "https://wiki.example/page", "diff_url": "https://wiki.example/diff"}}
                """.formatted(title)));
    }

    @Test
    void editingAUserPageConcernsItsOwnerInLowerCase() {
        assertThat(edit("User:Jane.Doe:Notes").usernames()).containsExactly("editor", "jane.doe:notes");
        assertThat(edit("Users/Guide").usernames()).containsExactly("editor");
    }

    @Test
    void textGivesSummaryPageAndDiffAndLinksTheDiff() {
        MessageFacts facts = edit("Docs");
        assertThat(facts.text()).isEqualTo("Wiki page Docs was edited by editor\nSummary: typo\n"
                + "Page: https://wiki.example/page\nDiff: https://wiki.example/diff\n");
        assertThat(facts.url()).isEqualTo("https://wiki.example/diff");
    }
}
