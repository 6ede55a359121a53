package org.fedoraproject.fmn.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fedoraproject.fmn.app.Fmn;
import org.fedoraproject.fmn.message.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

class MatchCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeInputs() throws IOException {
        Files.writeString(dir.resolve("directory.json"), """
                {"users": [
                  {"username": "alice", "emails": ["alice@example.org"], "ircnicks": ["matrix:/alice"], "groups": ["python-sig"]},
                  {"username": "bob", "emails": ["bob@example.org"], "ircnicks": ["irc:/bobby"], "groups": []}],
                 "groups": [{"groupname": "python-sig", "members": ["alice"]}]}
                """);
        Files.writeString(dir.resolve("distgit.json"), """
                {"projects": [
                  {"namespace": "rpms", "name": "vim", "fullname": "rpms/vim",
                   "access_users": {"owner": ["alice"], "admin": [], "commit": ["bob"], "collaborator": [], "ticket": []},
                   "access_groups": {"admin": [], "commit": ["python-sig"], "collaborator": [], "ticket": []}}]}
                """);
        Files.writeString(dir.resolve("rules.jsonl"), String.join("\n",
                rule(1, "alice", "{\"name\": \"artifacts-owned\", \"params\": [\"alice\"]}",
                        "{\"protocol\": \"email\", \"address\": \"alice@example.org\"}"),
                rule(2, "bob", "{\"name\": \"artifacts-owned\", \"params\": [\"bob\"]}",
                        "{\"protocol\": \"irc\", \"address\": \"bobby\"}"),
                rule(3, "alice", "{\"name\": \"related-events\", \"params\": null}",
                        "{\"protocol\": \"email\", \"address\": \"alice@example.org\"}"),
                rule(4, "alice", "{\"name\": \"artifacts-stolen\", \"params\": []}",
                        "{\"protocol\": \"email\", \"address\": \"alice@example.org\"}")) + "\n");
        Files.writeString(dir.resolve("messages.jsonl"), String.join("\n",
                "{\"id\": \"m2\", \"topic\": \"org.fedoraproject.prod.buildsys.build.state.change\", \"severity\": 20,"
                        + " \"app_name\": \"koji\", \"agent_name\": \"carol\", \"usernames\": [\"carol\", \"alice\"],"
                        + " \"packages\": [\"vim\"], \"containers\": [], \"modules\": [], \"flatpaks\": [],"
                        + " \"summary\": \"carol's vim-9.1-1.fc44 completed\", \"url\": \"https://koji.example.org/b/1\"}",
                "{\"id\": \"m1\", \"topic\": \"org.fedoraproject.prod.bodhi.update.comment\", \"severity\": 20,"
                        + " \"app_name\": \"bodhi\", \"agent_name\": \"bob\", \"usernames\": [\"bob\"],"
                        + " \"packages\": [\"vim\"], \"containers\": [], \"modules\": [], \"flatpaks\": [],"
                        + " \"summary\": \"bob commented on vim\", \"url\": \"https://bodhi.example.org/u/1\"}",
                "{\"id\": \"m3\", \"topic\": 42}") + "\n");
    }

    private static String rule(long id, String owner, String tracking, String destination) {
        return "{\"name\": null, \"disabled\": false, \"tracking_rule\": " + tracking + ", \"generation_rules\": [{\"id\": "
                + id + ", \"destinations\": [" + destination + "], \"filters\": {\"applications\": [], "
                + "\"excluded_applications\": [], \"severities\": [], \"topic\": null, \"my_actions\": false}}], \"id\": "
                + id + ", \"user\": {\"id\": 1, \"name\": \"" + owner + "\", \"is_admin\": false}, \"generated_last_week\": 0}";
    }

    private int fmn(String... args) {
        CommandLine commandLine = Fmn.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** The command line over the test's files; {@code extra} adds options or replaces a file option's value. */
    private String[] args(String... extra) {
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("--directory", dir.resolve("directory.json").toString());
        files.put("--distgit", dir.resolve("distgit.json").toString());
        files.put("--rules", dir.resolve("rules.jsonl").toString());
        files.put("--messages", dir.resolve("messages.jsonl").toString());
        files.put("--out", dir.resolve("out.jsonl").toString());
        List<String> flags = new java.util.ArrayList<>();
        for (int i = 0; i < extra.length; i++) {
            if (files.containsKey(extra[i])) {
                files.put(extra[i], extra[++i]);
            } else {
                flags.add(extra[i]);
            }
        }
        List<String> args = new java.util.ArrayList<>(List.of("match"));
        files.forEach((option, value) -> args.addAll(List.of(option, value)));
        args.addAll(flags);
        return args.toArray(String[]::new);
    }

    @Test
    void writesCanonicalLinesSortedByMessageProtocolAndAddress() throws IOException {
        int status = fmn(args());

        assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).containsExactly(
                "{\"message_id\":\"m1\",\"protocol\":\"email\",\"address\":\"alice@example.org\",\"rule_ids\":[1]}",
                "{\"message_id\":\"m2\",\"protocol\":\"email\",\"address\":\"alice@example.org\",\"rule_ids\":[1,3]}",
                "{\"message_id\":\"m2\",\"protocol\":\"irc\",\"address\":\"bobby\",\"rule_ids\":[2]}");
        assertThat(status).as("bad lines make the exit status 1").isEqualTo(1);
    }

    @Test
    void inputErrorsNameTheFileAndLine() {
        fmn(args());

        assertThat(err.toString())
                .contains(dir.resolve("rules.jsonl") + ":4: rule 4: tracking_rule.name: unknown tracking rule \"artifacts-stolen\"")
                .contains(dir.resolve("messages.jsonl") + ":3: topic is 42, expected a string");
    }

    @Test
    void reportsProgressAndASummaryOnStderr() {
        fmn(args());

        assertThat(err.toString())
                .contains("indexed 3 enabled rules of 3")
                .contains("messages: 2, notifications: 3")
                .containsPattern("index build: [0-9.]+ s, matching: [0-9.]+ s, [0-9,]+ messages/s");
    }

    @Test
    void contentAddsWhatTheSendersReceive() throws IOException {
        fmn(args("--content", "--public-url", "https://fmn.example.org"));

        List<JsonNode> lines = Files.readAllLines(dir.resolve("out.jsonl")).stream().map(Json.MAPPER::readTree).toList();
        JsonNode mail = lines.get(1).path("content");
        assertThat(mail.path("headers").path("Subject").stringValue()).isEqualTo("[koji] carol's vim-9.1-1.fc44 completed");
        assertThat(mail.path("headers").path("X-Fedora-Messaging-Rule").stringValue()).isEqualTo("1");
        assertThat(mail.path("body").stringValue()).isEqualTo("carol's vim-9.1-1.fc44 completed\nhttps://koji.example.org/b/1");
        assertThat(mail.path("footer").stringValue()).isEqualTo("Sent by Fedora Notifications: https://fmn.example.org/rules/1");
        assertThat(lines.get(2).path("content").path("message").stringValue())
                .isEqualTo("[koji] carol's vim-9.1-1.fc44 completed https://koji.example.org/b/1");
    }

    @Test
    void rawMessagesAreDerivedFirst() throws IOException {
        Files.writeString(dir.resolve("raw.jsonl"), "{\"id\": \"r1\", \"topic\": \"org.fedoraproject.prod.newapp.event\","
                + " \"headers\": {\"fedora_messaging_severity\": 20, \"fedora_messaging_rpm_vim\": true}, \"body\": {}}\n");

        int status = fmn(args("--raw", "--messages", dir.resolve("raw.jsonl").toString()));

        assertThat(status).isEqualTo(1); // the rules file still has its bad line
        assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).containsExactly(
                "{\"message_id\":\"r1\",\"protocol\":\"email\",\"address\":\"alice@example.org\",\"rule_ids\":[1]}",
                "{\"message_id\":\"r1\",\"protocol\":\"irc\",\"address\":\"bobby\",\"rule_ids\":[2]}");
    }

    @Test
    void aMissingFileStopsTheCommandWithItsName() {
        int status = fmn(args("--distgit", dir.resolve("nope.json").toString()));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("nope.json: no such file");
    }

    @Test
    void aRuleIdSeenBeforeIsReportedWithTheFirstLineAndSkipped() throws IOException {
        Files.writeString(dir.resolve("rules.jsonl"), String.join("\n",
                rule(1, "alice", "{\"name\": \"artifacts-owned\", \"params\": [\"alice\"]}",
                        "{\"protocol\": \"email\", \"address\": \"alice@example.org\"}"),
                rule(1, "bob", "{\"name\": \"artifacts-owned\", \"params\": [\"bob\"]}",
                        "{\"protocol\": \"irc\", \"address\": \"bobby\"}"),
                rule(2, "bob", "{\"name\": \"artifacts-owned\", \"params\": [\"bob\"]}",
                        "{\"protocol\": \"irc\", \"address\": \"bobby\"}").replace("\"disabled\": false", "\"disabled\": true"),
                rule(2, "bob", "{\"name\": \"artifacts-owned\", \"params\": [\"bob\"]}",
                        "{\"protocol\": \"irc\", \"address\": \"bobby\"}")) + "\n");

        int status = fmn(args());

        assertThat(err.toString())
                .contains(dir.resolve("rules.jsonl") + ":2: rule 1 appears twice (first on line 1)\n")
                .contains(dir.resolve("rules.jsonl") + ":4: rule 2 appears twice (first on line 3)\n")
                .doesNotContain("Exception");
        assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).containsExactly(
                "{\"message_id\":\"m1\",\"protocol\":\"email\",\"address\":\"alice@example.org\",\"rule_ids\":[1]}",
                "{\"message_id\":\"m2\",\"protocol\":\"email\",\"address\":\"alice@example.org\",\"rule_ids\":[1]}");
        assertThat(status).isEqualTo(1);
    }

    @Test
    void aFolderGivenForAnInputFileIsNamedWithAReason() {
        for (String option : List.of("--rules", "--messages", "--directory", "--distgit")) {
            err.getBuffer().setLength(0);

            int status = fmn(args(option, dir.toString()));

            assertThat(err.toString()).as(option).endsWith("fmn match: " + dir + ": is a directory\n")
                    .doesNotContain("Exception");
            assertThat(status).as(option).isEqualTo(2);
        }
    }

    @Test
    void anUnusableOutputIsReportedBeforeAnyWork() throws IOException {
        Path missing = dir.resolve("no-such-folder").resolve("out.jsonl");
        for (String out : List.of(dir.toString(), missing.toString())) {
            err.getBuffer().setLength(0);

            int status = fmn(args("--out", out));

            assertThat(err.toString()).as(out).startsWith("fmn match: " + out + ": ")
                    .doesNotContain("indexed").doesNotContain("Exception");
            assertThat(status).as(out).isEqualTo(2);
        }
        assertThat(err.toString()).isEqualTo("fmn match: " + missing + ": no such file or directory\n");
    }

    @Test
    void aFailedWriteOfTheOutputNamesTheFile() {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "no /dev/full here");

        int status = fmn(args("--out", full.toString()));

        assertThat(err.toString()).contains("fmn match: /dev/full: write failed: no space left on device\n")
                .doesNotContain("Exception");
        assertThat(status).isEqualTo(2);
    }

    @Test
    void theOutputMayBeOneOfTheInputs() throws IOException {
        Path messages = dir.resolve("messages.jsonl");

        fmn(args("--out", messages.toString()));

        assertThat(Files.readAllLines(messages)).hasSize(3).allMatch(l -> l.startsWith("{\"message_id\":"));
    }

    @Test
    void aWrongTypedFieldOfTheAccountsIsReportedWithItsPath() throws IOException {
        Files.writeString(dir.resolve("directory.json"), """
                {"users": [{"username": "alice", "emails": ["alice@example.org"]},
                           {"username": "bob", "emails": "bob@example.org"}]}
                """);

        int status = fmn(args());

        assertThat(err.toString()).isEqualTo("fmn match: " + dir.resolve("directory.json")
                + ": users[1].emails: expected a list of strings, got \"bob@example.org\"\n");
        assertThat(status).isEqualTo(2);
    }

    @Test
    void aWrongTypedAccessListIsReportedWithItsPath() throws IOException {
        Files.writeString(dir.resolve("distgit.json"), """
                {"projects": [{"namespace": "rpms", "name": "vim", "access_users": {"owner": "alice"}}]}
                """);

        int status = fmn(args());

        assertThat(err.toString()).isEqualTo("fmn match: " + dir.resolve("distgit.json")
                + ": projects[0].access_users.owner: expected a list of strings, got \"alice\"\n");
        assertThat(status).isEqualTo(2);
    }

    @Test
    void accountsThatAreNotStrictUtf8AreRefused() throws IOException {
        // C0 AF: an overlong encoding of '/', which a lenient decoder reads as '/'.
        var bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("{\"users\": [{\"username\": \"al".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xc0);
        bytes.write(0xaf);
        bytes.writeBytes("ice\"}]}".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("directory.json"), bytes.toByteArray());

        int status = fmn(args());

        assertThat(err.toString()).startsWith("fmn match: " + dir.resolve("directory.json") + ": ")
                .contains("not valid UTF-8");
        assertThat(status).isEqualTo(2);
    }

    @Test
    void aDocumentLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        try (var file = new java.io.RandomAccessFile(dir.resolve("distgit.json").toFile(), "rw")) {
            file.setLength((256L << 20) + 1); // sparse: nothing is written
        }

        int status = fmn(args());

        assertThat(err.toString()).isEqualTo("fmn match: " + dir.resolve("distgit.json") + ": larger than 256 MiB (the limit)\n");
        assertThat(status).isEqualTo(2);
    }
}
