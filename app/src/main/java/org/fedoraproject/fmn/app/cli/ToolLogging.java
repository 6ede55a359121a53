package org.fedoraproject.fmn.app.cli;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.ConsoleAppender;

/**
 * The logging of FMN's tools (every command but {@code serve}, whose logging Spring Boot sets
 * up): the libraries' warnings and errors on standard error, one line each, and nothing on
 * standard output, which carries the commands' results.
 */
public final class ToolLogging {

    private ToolLogging() {
    }

    public static void toStandardError() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("fmn: %level %logger{0}: %msg%n");
        encoder.start();
        ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
        // Flyway's warning that it was verified with an older H2, at every use of the embedded database.
        context.getLogger("org.flywaydb.core.internal.database.base.Database").setLevel(Level.ERROR);
    }
}
