package org.fedoraproject.fmn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command told to read a standard input that was closed ({@code fmn derive <&-}) says so
 * and stops. When descriptor 0 is closed the JVM opens its runtime image first and gets 0 for
 * it, so without a check FMN read its own {@code lib/modules} as messages.
 */
class ClosedStandardInputTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void needsAShell() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh to close standard input with");
    }

    /** Runs {@code java -cp … Fmn args} with standard input closed; returns status, stdout, stderr. */
    private static List<String> fmnWithStdinClosed(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$@\" <&-", "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Fmn.class.getName()));
        command.addAll(List.of(args));
        Path stdout = dir.resolve("stdout");
        Path stderr = dir.resolve("stderr");
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("fmn " + String.join(" ", args) + " did not stop with standard input closed");
        }
        return List.of(String.valueOf(process.exitValue()), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    @Test
    void deriveRefusesAClosedStandardInput() throws Exception {
        for (List<String> args : List.of(List.of("derive"), List.of("derive", "-"))) {
            List<String> result = fmnWithStdinClosed(args.toArray(String[]::new));

            assertThat(result).as(String.join(" ", args))
                    .containsExactly("2", "", "fmn derive: standard input is closed\n");
        }
    }

    @Test
    void matchRefusesAClosedStandardInput() throws Exception {
        Path demo = Path.of("..", "demo").toAbsolutePath().normalize();

        List<String> result = fmnWithStdinClosed("match", "--directory", demo.resolve("directory.json").toString(),
                "--distgit", demo.resolve("distgit.json").toString(), "--rules", demo.resolve("rules.jsonl").toString(),
                "--messages", "-", "--out", dir.resolve("out.jsonl").toString());

        assertThat(result.get(0)).isEqualTo("2");
        assertThat(result.get(2)).endsWith("fmn match: standard input is closed\n").doesNotContain("Exception");
    }

    @Test
    void commandsThatDoNotReadStandardInputRunWithoutIt() throws Exception {
        List<String> result = fmnWithStdinClosed("demo", "--data", Path.of("..", "demo").toString());

        assertThat(result.get(2)).isEmpty();
        assertThat(result.get(0)).isEqualTo("0");
    }
}
