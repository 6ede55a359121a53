package org.fedoraproject.fmn.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.fedoraproject.fmn.message.InvalidMessageException;
import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.FactsJson;
import org.fedoraproject.fmn.schema.SchemaRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fmn derive}: prints the facts FMN derives from each serialized bus message. */
@Command(name = "derive",
        mixinStandardHelpOptions = true,
        description = {
                "Reads bus messages in fedora-messaging's serialized form, one JSON object a line,",
                "and prints the facts derived from each as one JSON object a line:",
                "id, app_name, app_icon, agent_name, usernames, groups, packages, containers,",
                "modules, flatpaks, summary, text, url, severity.",
                "A malformed line is reported on stderr with its number; the others go on,",
                "and the exit status is 1 when any line was malformed."})
public final class DeriveCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE",
            description = "file of serialized messages; '-' or nothing reads standard input")
    private String file;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        SchemaRegistry registry = SchemaRegistry.standard();
        int malformed = 0;
        PrintWriter out = spec.commandLine().getOut();
        try (InputStream in = open(file)) {
            for (NumberedLines.Line line : new NumberedLines(in)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Message message = SerializedMessageCodec.read(line.bytes());
                    out.write(Json.MAPPER.writeValueAsString(FactsJson.toTree(registry.derive(message))));
                    out.write('\n');
                } catch (InvalidMessageException e) {
                    malformed++;
                    err.println(source(file) + ":" + line.number() + ": " + e.getMessage());
                }
            }
        } catch (NoSuchFileException e) {
            err.println("fmn derive: no such file: " + file);
            return 2;
        }
        out.flush();
        err.flush();
        return malformed == 0 ? 0 : 1;
    }

    private static InputStream open(String file) throws IOException {
        return "-".equals(file) ? System.in : Files.newInputStream(Path.of(file));
    }

    private static String source(String file) {
        return "-".equals(file) ? "<stdin>" : file;
    }
}
