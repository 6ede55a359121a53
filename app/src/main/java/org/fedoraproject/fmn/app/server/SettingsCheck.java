package org.fedoraproject.fmn.app.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Refuses to start with a setting FMN does not have: a misspelt {@code fmn.databse.url} would
 * otherwise be ignored and FMN would run on its embedded database. Settings given on the command
 * line, in configuration files and as {@code FMN_*} environment variables are checked; JVM
 * system properties are not (tools and tests pass their own there).
 */
public final class SettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** Environment variables of the {@code ./fmn} script, not settings. */
    private static final Set<String> SCRIPT_VARIABLES = Set.of("FMN_JAVA_OPTS");

    /** The start refused, naming every unknown setting. */
    public static final class UnknownSettingsException extends IllegalStateException {
        UnknownSettingsException(String message) {
            super(message);
        }
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        KnownSettings known = KnownSettings.fromClassPath(SettingsCheck.class.getClassLoader());
        List<String> problems = new ArrayList<>();
        for (PropertySource<?> source : event.getEnvironment().getPropertySources()) {
            if (StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME.equals(source.getName())
                    || !(source instanceof EnumerablePropertySource<?> names)) {
                continue;
            }
            boolean environment = source instanceof SystemEnvironmentPropertySource;
            for (String name : names.getPropertyNames()) {
                boolean ours = environment ? name.startsWith("FMN_") && !SCRIPT_VARIABLES.contains(name) : name.startsWith("fmn.");
                if (ours && !known.knows(name)) {
                    String nearest = known.nearest(name);
                    problems.add(name + (nearest == null ? "" : " (did you mean " + nearest + "?)"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new UnknownSettingsException("FMN has no setting " + String.join(", ", problems)
                    + "; `fmn settings` lists them all");
        }
    }
}
