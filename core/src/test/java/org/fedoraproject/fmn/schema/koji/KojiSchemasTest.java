package org.fedoraproject.fmn.schema.koji;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.SchemaRegistry;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.JsonNodeFactory;

class KojiSchemasTest {

    private final SchemaRegistry registry = new SchemaRegistry(new KojiSchemas().schemas());

    private MessageFacts build(int state, String task) {
        return registry.derive(SerializedMessageCodec.read("""
                {"id": "k-1", "topic": "buildsys.build.state.change",
                 "headers": {"fedora_messaging_schema": "koji_fedoramessaging.build.BuildStateChangeV1",
                             "fedora_messaging_severity": 20},
                 "body": {"name": "nano", "version": "8.2", "release": "1.fc41", "epoch": null,
                          "attribute": "state", "old": 0, "new": %d, "build_id": 77, "task_id": 500,
                          "owner": "zoe", "instance": "primary", "request": [],
                          "url": "https://koji.example/buildinfo?buildID=77",
                          "files_base_url": "https://files.example/work",
                          "creation_time": "2031-03-04T05:06:07.123+02:00", "completion_time": null,
                          "task": %s}}
                """.formatted(state, task)));
    }

    @Test
    void buildTextListsSubTasksByCompletionTimeWithTheirFiles() {
        String task = """
                {"id": 500, "host_name": null, "method": "build", "arch": "noarch", "url": "u500", "result": null,
                 "children": [
                   {"id": 502, "host_name": "b2", "method": "buildArch", "arch": "x86_64", "url": "u502",
                    "completion_time": 20.5, "children": [],
                    "result": {"srpms": [], "rpms": ["a.rpm"], "logs": ["x.log"], "srpm": "a.src.rpm"}},
                   {"id": 501, "host_name": "b1", "method": "buildSRPMFromSCM", "arch": "noarch", "url": "u501",
                    "completion_time": null, "children": [], "result": null}]}""";

        MessageFacts facts = build(1, task);

        assertThat(facts.summary()).isEqualTo("Build COMPLETE: zoe's nano-8.2-1.fc41");
        assertThat(facts.agentName()).isNull(); // koji, not zoe, completes builds
        assertThat(facts.usernames()).containsExactly("zoe");
        assertThat(facts.text()).isEqualTo("""
                Package:    nano-8.2-1.fc41
                Status:     complete
                Built by:   zoe
                ID:         77
                Started:    Tue, 04 Mar 2031 05:06:07 UTC+02:00
                Finished:\s\s\s

                Closed tasks:
                -------------
                Task 500 on (unscheduled)
                Task Type: build (noarch)
                Link: u500

                Task 500 has the following sub-tasks:

                Task 501 on b1
                Task Type: buildSRPMFromSCM (noarch)
                Link: u501

                Task 502 on b2
                Task Type: buildArch (x86_64)
                Link: u502
                logs:
                  https://files.example/work/x.log
                rpms:
                  https://files.example/work/a.rpm
                srpm:
                  https://files.example/work/a.src.rpm
                """);
    }

    @Test
    void ownerIsTheAgentOnlyOfStartedAndCancelledBuilds() {
        assertThat(build(0, "null").agentName()).isEqualTo("zoe");
        assertThat(build(4, "null").agentName()).isEqualTo("zoe");
        assertThat(build(3, "null").agentName()).isNull();
        assertThat(build(3, "null").text()).endsWith("\n\nBuild imported into koji\n");
    }

    @Test
    void datesFollowPythonsIsoParsingAndTimeZoneNames() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        assertThat(BuildStateChange.displayDate(json.stringNode("2023-06-09T07:16:27.818161+00:00")))
                .isEqualTo("Fri, 09 Jun 2023 07:16:27 UTC");
        assertThat(BuildStateChange.displayDate(json.stringNode("2023-12-31 23:59:59Z")))
                .isEqualTo("Sun, 31 Dec 2023 23:59:59 UTC");
        assertThat(BuildStateChange.displayDate(json.stringNode("2023-09-01T10:00:00-05:30")))
                .isEqualTo("Fri, 01 Sep 2023 10:00:00 UTC-05:30");
        assertThat(BuildStateChange.displayDate(json.stringNode("2023-09-01"))).isEqualTo("Fri, 01 Sep 2023 00:00:00 ");
        assertThat(BuildStateChange.displayDate(json.nullNode())).isEmpty();
    }
}
