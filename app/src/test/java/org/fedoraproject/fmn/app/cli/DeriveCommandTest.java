package org.fedoraproject.fmn.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fedoraproject.fmn.app.Fmn;
import org.fedoraproject.fmn.message.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

class DeriveCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int fmn(String... args) {
        CommandLine commandLine = Fmn.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static String message(String id, String topic) {
        return "{\"id\": \"" + id + "\", \"topic\": \"" + topic + "\", \"headers\": {\"fedora_messaging_severity\": 30,"
                + " \"fedora_messaging_user_carol\": true, \"fedora_messaging_rpm_vim\": true}, \"body\": {}}";
    }

    @Test
    void printsOneFactsObjectPerMessageWithTheDocumentedKeys() throws IOException {
        Path file = dir.resolve("messages.jsonl");
        Files.writeString(file, message("m1", "a.first") + "\n" + message("m2", "a.second") + "\n");

        int status = fmn("derive", file.toString());

        assertThat(status).isZero();
        List<JsonNode> lines = out.toString().lines().map(Json.MAPPER::readTree).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).propertyNames()).containsExactly("id", "app_name", "app_icon", "agent_name",
                "usernames", "groups", "packages", "containers", "modules", "flatpaks", "summary", "text", "url",
                "severity");
        assertThat(lines.get(0).path("id").stringValue()).isEqualTo("m1");
        assertThat(lines.get(0).path("usernames").get(0).stringValue()).isEqualTo("carol");
        assertThat(lines.get(0).path("packages").get(0).stringValue()).isEqualTo("vim");
        assertThat(lines.get(0).path("severity").intValue()).isEqualTo(30);
        assertThat(lines.get(1).path("summary").stringValue()).isEqualTo("a.second");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aMalformedLineIsReportedByNumberAndTheRestGoesOn() throws IOException {
        Path file = dir.resolve("mixed.jsonl");
        byte[] notUtf8 = {'{', '"', (byte) 0xc3, '"', '}', '\n'};
        Files.writeString(file, message("m1", "a.first") + "\n{oops\n");
        Files.write(file, notUtf8, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(file, "\n" + message("m4", "a.fourth") + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        int status = fmn("derive", file.toString());

        assertThat(status).isEqualTo(1);
        assertThat(out.toString().lines()).hasSize(2);
        assertThat(out.toString()).contains("\"id\":\"m1\"").contains("\"id\":\"m4\"");
        assertThat(err.toString().lines()).satisfiesExactly(
                l -> assertThat(l).startsWith(file + ":2: message is not valid JSON"),
                l -> assertThat(l).startsWith(file + ":3: message is not valid UTF-8"));
    }

    @Test
    void aMissingFileIsAClearError() {
        int status = fmn("derive", dir.resolve("absent.jsonl").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void aFolderIsNamedWithAReason() {
        int status = fmn("derive", dir.toString());

        assertThat(err.toString()).isEqualTo("fmn derive: " + dir + ": is a directory\n");
        assertThat(status).isEqualTo(2);
    }

    @Test
    void anEmptyFileNameIsRefused() {
        int status = fmn("derive", "");

        assertThat(err.toString()).isEqualTo("fmn derive: the file name is empty\n");
        assertThat(status).isEqualTo(2);
    }

    @Test
    void aFileThatCannotBeOpenedSaysWhy() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "not a folder");

        int status = fmn("derive", plain.resolve("messages.jsonl").toString());

        assertThat(err.toString()).isEqualTo("fmn derive: " + plain.resolve("messages.jsonl") + ": not a directory\n");
        assertThat(status).isEqualTo(2);
    }

    @Test
    void aFileWithoutReadPermissionSaysSo() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.jsonl"), message("m1", "a.first") + "\n");
        Files.setPosixFilePermissions(secret, java.util.Set.of());
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(secret), "root reads every file");

        int status = fmn("derive", secret.toString());

        assertThat(err.toString()).isEqualTo("fmn derive: " + secret + ": permission denied\n");
        assertThat(status).isEqualTo(2);
    }

    @Test
    void aLineLongerThanTheLimitIsReportedAndSkippedAndTheRestIsRead() throws IOException {
        Path file = dir.resolve("long.jsonl");
        try (var write = Files.newOutputStream(file)) {
            write.write((message("m1", "a.first") + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 17; i++) {
                write.write(chunk);
            }
            write.write(("\n" + message("m3", "a.third") + "\n").getBytes(StandardCharsets.UTF_8));
        }

        int status = fmn("derive", file.toString());

        assertThat(err.toString()).isEqualTo(file + ":2: longer than 16 MiB (the limit)\n");
        assertThat(out.toString()).contains("\"id\":\"m1\"").contains("\"id\":\"m3\"");
        assertThat(status).isEqualTo(1);
    }

    @Test
    void aFailedWriteToStandardOutputIsReportedWithItsReason() throws IOException {
        Path file = dir.resolve("messages.jsonl");
        Files.writeString(file, message("m1", "a.first") + "\n");
        CommandLine commandLine = Fmn.commandLine();
        commandLine.setOut(StandardOutput.of(new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }));
        commandLine.setErr(new PrintWriter(err, true));

        int status = commandLine.execute("derive", file.toString());

        assertThat(err.toString()).isEqualTo("fmn derive: standard output: write failed: no space left on device\n");
        assertThat(status).isEqualTo(2);
    }

    @Test
    void aValueQuotedInAnErrorCannotForgeALineOrDriveTheTerminal() throws IOException {
        Path file = dir.resolve("forged.jsonl");
        String id = "m1\n" + file + ":99: forged\u001b[2J\r";
        Files.writeString(file, Json.MAPPER.writeValueAsString(java.util.Map.of("id", id, "topic", "a.b")) + "\n");

        fmn("derive", file.toString());

        assertThat(err.toString()).isEqualTo(file + ":1: message m1\\n" + file + ":99: forged\\u001b[2J\\r has no body\n");
    }

    @Test
    void aHugeValueQuotedInAnErrorIsCutShort() throws IOException {
        Path file = dir.resolve("huge.jsonl");
        Files.writeString(file, Json.MAPPER.writeValueAsString(java.util.Map.of("id", "x".repeat(5_000_000), "topic", "a.b")) + "\n");

        fmn("derive", file.toString());

        assertThat(err.toString()).hasSizeLessThan(2_000).startsWith(file + ":1: message xxx").contains(" more)…")
                .endsWith("xxx has no body\n");
    }
}
