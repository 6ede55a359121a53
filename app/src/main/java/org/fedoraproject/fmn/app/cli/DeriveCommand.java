package org.fedoraproject.fmn.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

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
                "Prints the facts FMN derives from bus messages.",
                "",
                "Reads messages in fedora-messaging's serialized form, one JSON object a",
                "line, and prints one JSON object a line: id, app_name, app_icon,",
                "agent_name, usernames, groups, packages, containers, modules, flatpaks,",
                "summary, text, url, severity. A malformed line is reported on stderr with",
                "its number and the others go on; the exit status is then 1. An input that",
                "cannot be read or an output that cannot be written stops it with status 2."})
public final class DeriveCommand implements Callable<Integer> {

    /** How many lines are written between two checks that standard output still takes them. */
    private static final int CHECK_EVERY = 1024;

    @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE",
            description = "file of serialized messages; '-' or nothing reads standard input")
    private Path file;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SchemaRegistry registry = SchemaRegistry.standard();
        long[] written = {0};
        try {
            int malformed = InputFiles.eachLine(file, err, line -> {
                Message message = SerializedMessageCodec.read(line.bytes());
                out.write(Json.MAPPER.writeValueAsString(FactsJson.toTree(registry.derive(message))));
                out.write('\n');
                // Stop soon when nobody takes the output any more, not after the whole input.
                if (++written[0] % CHECK_EVERY == 0) {
                    StandardOutput.check(out);
                }
            });
            StandardOutput.check(out);
            return malformed == 0 ? 0 : 1;
        } catch (UnusableFile e) {
            err.println("fmn derive: " + e.getMessage());
            return 2;
        } finally {
            out.flush(); // what was derived before the input became unreadable
            err.flush();
        }
    }
}
