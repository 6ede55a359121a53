package org.fedoraproject.fmn.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.fedoraproject.fmn.app.server.KnownSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code fmn settings}: every {@code fmn.*} setting of the service, its default and what it
 * does, as the modules describe them; {@code fmn serve} refuses any other.
 */
@Command(name = "settings",
        mixinStandardHelpOptions = true,
        description = {
                "Lists every fmn.* setting of fmn serve, with its default and description.",
                "",
                "Settings are given as --name=value after fmn serve, in a configuration file,",
                "or as environment variables (fmn.data-dir as FMN_DATA_DIR); a name FMN does",
                "not have stops the start."})
public final class SettingsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (KnownSettings.Setting setting : KnownSettings.fromClassPath(SettingsCommand.class.getClassLoader()).all().values()) {
            out.println(setting.name() + (setting.defaultValue() == null ? "" : " = " + setting.defaultValue()));
            if (setting.description() != null) {
                out.println("    " + setting.description().replaceAll("\\{@(code|link) ([^}]*)}", "$2").replaceAll("\\s+", " "));
            }
        }
        out.flush();
        return out.checkError() ? 2 : 0;
    }
}
