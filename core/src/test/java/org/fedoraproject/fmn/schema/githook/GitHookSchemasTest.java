package org.fedoraproject.fmn.schema.githook;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.junit.jupiter.api.Test;

class GitHookSchemasTest {

    private static MessageFacts derive(String namespace) {
        return new GitHookSchemas().schemas().getFirst().derive(SerializedMessageCodec.read("""
                {"id": "g-1", "topic": "git.receive",
                 "headers": {"fedora_messaging_schema": "fedora_messaging_git_hook.commit.v1"},
                 "body": {"agent": "odo",
                          "commit": {"name": "Odo", "email": "odo@example.org", "username": "odo",
                                     "summary": "Shape-shift", "message": "Shape-shift\\n\\nInto a bucket.\\n",
                                     "stats": {"files": {}, "total": {}}, "rev": "f00d", "path": "/srv/git/x",
                                     "repo": "bucket", "namespace": %s, "branch": "rawhide",
                                     "patch": "diff --git a/b b/b\\n", "date": "2024-05-01", "url": null}}}
                """.formatted(namespace)));
    }

    @Test
    void containerNamespaceIsSingularInDistGit() {
        MessageFacts facts = derive("\"container\"");

        assertThat(facts.containers()).containsExactly("bucket");
        assertThat(facts.packages()).isEmpty();
        assertThat(facts.summary()).isEqualTo("odo pushed to container/bucket (rawhide). \"Shape-shift\"");
        assertThat(derive("\"containers\"").containers()).isEmpty();
    }

    @Test
    void commitWithoutNamespaceIsNamedByRepositoryAloneAndShownAsAPatch() {
        MessageFacts facts = derive("null");

        assertThat(facts.summary()).isEqualTo("odo pushed to bucket (rawhide). \"Shape-shift\"");
        assertThat(facts.text()).isEqualTo("""
                From f00d Mon Sep 17 00:00:00 2001
                From: Odo <odo@example.org>
                Date: 2024-05-01
                Subject: Shape-shift

                Shape-shift

                Into a bucket.

                ---

                diff --git a/b b/b

                """);
        assertThat(facts.url()).isNull();
        assertThat(facts.usernames()).containsExactly("odo");
        assertThat(facts.appName()).isEqualTo("Git");
    }
}
