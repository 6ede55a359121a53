package org.fedoraproject.fmn.schema.pagure;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.Schema;
import org.junit.jupiter.api.Test;

class PagureSchemasTest {

    private static MessageFacts derive(String schemaName, String body) {
        Schema schema = new PagureSchemas().schemas().stream()
                .filter(s -> s.name().equals(schemaName)).findFirst().orElseThrow();
        return schema.derive(SerializedMessageCodec.read("""
                {"id": "p-1", "topic": "%s", "headers": {"fedora_messaging_schema": "%s"}, "body": %s}
                """.formatted(schemaName, schemaName, body)));
    }

    private static String push(String namespace, int commits) {
        return push(namespace, Integer.toString(commits));
    }

    private static String push(String namespace, String commits) {
        return """
                {"agent": "kira", "forced": false, "old_commit": "aaa", "start_commit": "bbb", "end_commit": "ccc",
                 "branch": "refs/heads/stable", "total_commits": %s,
                 "authors": [{"fullname": "Kira Nerys", "name": "kira", "url_path": "user/kira"}],
                 "repo": {"name": "widget", "fullname": "%s/widget", "namespace": "%s",
                          "full_url": "https://forge.example/%s/widget"}}
                """.formatted(commits, namespace, namespace, namespace);
    }

    @Test
    void registersEveryEntryPointOfThePackage() {
        assertThat(new PagureSchemas().schemas()).hasSize(45)
                .extracting(Schema::name)
                .contains("pagure.Test.notification", "pagure.pull-request.rebased", "pagure.git.tag.deletion",
                        "pagure.issue.dependency.removed", "pagure.project.user.removed")
                .doesNotHaveDuplicates();
    }

    @Test
    void pullRequestConcernsAgentAuthorAndAssigneeSortedOnce() {
        MessageFacts facts = derive("pagure.pull-request.assigned.added", """
                {"agent": "zed", "project": {},
                 "pullrequest": {"id": 7, "full_url": "https://forge.example/gizmo/pull-request/7",
                                 "project": {"fullname": "gizmo"},
                                 "user": {"name": "amos"}, "assignee": {"name": "zed"}}}
                """);

        assertThat(facts.usernames()).containsExactly("amos", "zed");
        assertThat(facts.summary()).isEqualTo("zed assigned the pull-request gizmo#7 to zed");
        assertThat(facts.url()).isEqualTo("https://forge.example/gizmo/pull-request/7");
    }

    @Test
    void unassignedPullRequestIsAssignedToSomeone() {
        MessageFacts facts = derive("pagure.pull-request.assigned.added", """
                {"agent": "zed", "project": {},
                 "pullrequest": {"id": 7, "full_url": "u", "project": {"fullname": "gizmo"},
                                 "user": {"name": "amos"}, "assignee": null}}
                """);

        assertThat(facts.usernames()).containsExactly("amos", "zed");
        assertThat(facts.summary()).isEqualTo("zed assigned the pull-request gizmo#7 to someone");
    }

    @Test
    void pushOfSeveralCommitsLinksToTheRangeAndNamesTheModule() {
        MessageFacts facts = derive("pagure.git.receive", push("modules", 3));

        assertThat(facts.modules()).containsExactly("widget");
        assertThat(facts.packages()).isEmpty();
        assertThat(facts.summary()).isEqualTo("kira pushed 3 commits on modules/widget (branch: stable)");
        assertThat(facts.text()).isEqualTo("Kira Nerys (kira) pushed 3 commits on modules/widget.\nBranch: stable\n");
        assertThat(facts.url()).isEqualTo("https://forge.example/modules/widget/c/aaa..ccc");
    }

    @Test
    void pushOfOneCommitLinksToThatCommitAndSaysCommitOnce() {
        MessageFacts facts = derive("pagure.git.receive", push("rpms", 1));

        assertThat(facts.packages()).containsExactly("widget");
        assertThat(facts.text()).startsWith("Kira Nerys (kira) pushed 1 commit on rpms/widget.");
        assertThat(facts.url()).isEqualTo("https://forge.example/rpms/widget/c/ccc");
    }

    @Test
    void aPushOfMoreCommitsThanSixtyFourBitsCountIsStillAPushOfSeveral() {
        String many = "1" + "0".repeat(400);
        MessageFacts facts = derive("pagure.git.receive", push("rpms", many));

        assertThat(facts.text()).isEqualTo("Kira Nerys (kira) pushed " + many + " commits on rpms/widget.\nBranch: stable\n");
        assertThat(facts.url()).isEqualTo("https://forge.example/rpms/widget/c/aaa..ccc");
    }

    @Test
    void editingProjectFieldsWithANullFieldLeavesSummaryUnknown() {
        MessageFacts facts = derive("pagure.project.edit", """
                {"agent": "kira", "fields": ["name", null],
                 "project": {"fullname": "gizmo", "full_url": "https://forge.example/gizmo"}}
                """);

        assertThat(facts.summary()).isNull();
        assertThat(facts.text()).isEqualTo("Project Edited: gizmo\nBy: kira");
        assertThat(facts.url()).isEqualTo("https://forge.example/gizmo");
    }
}
