package org.fedoraproject.fmn.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fedoraproject.fmn.app.Fmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The demo data the project ships runs through the whole per-message path. */
class DemoCommandTest {

    @Test
    void theShippedDemoShowsWhoIsNotifiedOfWhat() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Fmn.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        int status = commandLine.execute("demo", "--data", "../demo", "--full");

        assertThat(err.toString()).isEmpty();
        assertThat(status).isZero();
        assertThat(out.toString())
                .contains("oskar commented on update tuxpaint-0.9.35-1.fc44 (karma: 1)")
                .contains("→ email  mira@example.org         rules 1, 2: an artifact you own")
                .contains("Subject: [Koji] Build COMPLETE: mira's tuxpaint-0.9.35-1.fc44")
                .contains("[Koji] Build FAILED: oskar's python-rich-14.2.0-1.fc44 https://koji.fedoraproject.org/koji/buildinfo?buildID=2870054")
                .contains("→ irc    oskar                    rule 3: an artifact your group owns")
                .contains("→ nobody is notified")
                .contains("Sent by Fedora Notifications: https://notifications.fedoraproject.org/rules/1")
                .contains("5 messages, 6 notifications.");
    }

    @Test
    void aFolderWhereTheMessagesShouldBeIsNamedWithAReason(@TempDir Path data) throws IOException {
        for (String file : List.of("directory.json", "distgit.json", "rules.jsonl")) {
            Files.copy(Path.of("..", "demo", file), data.resolve(file));
        }
        Files.createDirectory(data.resolve("messages.jsonl"));
        StringWriter err = new StringWriter();
        CommandLine commandLine = Fmn.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));

        int status = commandLine.execute("demo", "--data", data.toString());

        assertThat(err.toString()).isEqualTo("fmn demo: " + data.resolve("messages.jsonl") + ": is a directory\n");
        assertThat(status).isEqualTo(2);
    }
}
