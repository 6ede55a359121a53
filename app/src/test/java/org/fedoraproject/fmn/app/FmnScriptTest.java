package org.fedoraproject.fmn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./fmn} script, run in a stand-in checkout whose "JDK" prints how it was started,
 * so that no real build or JVM is involved.
 */
class FmnScriptTest {

    @TempDir
    Path checkout;

    @BeforeEach
    void standInCheckout() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && Files.isExecutable(Path.of("/usr/bin/env")),
                "no POSIX shell here");
        Files.copy(Path.of("..", "fmn"), checkout.resolve("fmn"));
        executable(checkout.resolve("scripts/find-jdk"), "#!/bin/sh\necho \"$(dirname \"$0\")/../jdk\"\n");
        // The stand-in java: its arguments, one a line, then whether descriptor 0 is open.
        executable(checkout.resolve("jdk/bin/java"),
                "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\nif [ -e /dev/fd/0 ]; then echo stdin-open; fi\n");
        Files.createDirectories(checkout.resolve("app/target"));
        Files.writeString(checkout.resolve("app/target/fmn.jar"), "");
        Files.setPosixFilePermissions(checkout.resolve("fmn"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void executable(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private String run(String redirect) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("/bin/sh", "-c", "exec \"$0\" derive " + redirect,
                checkout.resolve("fmn").toString()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    @Test
    void aClosedStandardInputIsToldToTheProgramAndReplacedByAnEmptyOne() throws Exception {
        String started = run("<&-");

        assertThat(started.lines()).contains("-Dfmn.stdin=closed", "derive", "stdin-open");
    }

    @Test
    void anOpenStandardInputIsPassedOnAsItIs() throws Exception {
        String started = run("</dev/null");

        assertThat(started.lines()).contains("derive", "stdin-open").doesNotContain("-Dfmn.stdin=closed");
    }
}
