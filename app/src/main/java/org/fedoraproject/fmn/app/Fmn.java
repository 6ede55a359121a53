package org.fedoraproject.fmn.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.fedoraproject.fmn.app.cli.BenchCommand;
import org.fedoraproject.fmn.app.cli.CacheCommand;
import org.fedoraproject.fmn.app.cli.DbCommand;
import org.fedoraproject.fmn.app.cli.DemoCommand;
import org.fedoraproject.fmn.app.cli.DeriveCommand;
import org.fedoraproject.fmn.app.cli.MatchCommand;
import org.fedoraproject.fmn.app.cli.ReplayCommand;
import org.fedoraproject.fmn.app.cli.ServeCommand;
import org.fedoraproject.fmn.app.cli.SettingsCommand;
import org.fedoraproject.fmn.app.cli.StandardOutput;
import org.fedoraproject.fmn.app.cli.TokenCommand;
import org.fedoraproject.fmn.app.cli.ToolLogging;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code fmn} command: one program for every FMN tool and, later, every service role. */
@Command(name = "fmn",
        mixinStandardHelpOptions = true,
        version = "FMN 0.1.0",
        description = "Fedora Messaging Notifications.",
        subcommands = {DemoCommand.class, DeriveCommand.class, MatchCommand.class, ServeCommand.class,
                DbCommand.class, TokenCommand.class, SettingsCommand.class,
                CacheCommand.class, BenchCommand.class, ReplayCommand.class})
public final class Fmn {

    public static void main(String[] args) {
        if (args.length == 0 || !"serve".equals(args[0])) {
            ToolLogging.toStandardError();
        }
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line, writing UTF-8 whatever the platform's default encoding is, to a
     * standard output whose failed writes the commands can see.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new Fmn())
                .setOut(StandardOutput.create())
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }
}
