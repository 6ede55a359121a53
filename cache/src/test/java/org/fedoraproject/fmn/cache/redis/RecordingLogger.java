package org.fedoraproject.fmn.cache.redis;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

/** A logger that keeps what it is told, as "LEVEL message". */
final class RecordingLogger implements System.Logger {

    final List<String> lines = new CopyOnWriteArrayList<>();

    List<String> at(Level level) {
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
