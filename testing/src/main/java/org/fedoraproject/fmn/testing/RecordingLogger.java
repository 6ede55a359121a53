package org.fedoraproject.fmn.testing;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link System.Logger} that keeps what it is told, a line {@code "LEVEL message"} each, for
 * tests of what FMN logs (once, not per call; with the reason).
 */
public final class RecordingLogger implements System.Logger {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    /** Every line so far, in order. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The lines of one level. */
    public List<String> at(Level level) {
        return lines.stream().filter(line -> line.startsWith(level.getName() + " ")).toList();
    }

    @Override
    public String getName() {
        return "recording";
    }

    @Override
    public boolean isLoggable(Level level) {
        return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
        lines.add(level.getName() + " " + message);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        lines.add(level.getName() + " " + (params == null || params.length == 0 ? format : MessageFormat.format(format, params)));
    }
}
