package org.fedoraproject.fmn.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.fedoraproject.fmn.app.server.FmnServer;
import org.fedoraproject.fmn.app.server.SettingsCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code fmn serve}: runs FMN as a service. With no configuration every component runs in this
 * one process on embedded defaults, all state under the data folder; configuration (Spring
 * properties, {@code FMN_*} environment variables) points each part at production services.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
                "Runs FMN as a service: the REST API and, as they are built, every other role.",
                "",
                "With no configuration it runs on embedded defaults with demo data, listening",
                "on http://localhost:8080, all its state under the data folder. Any Spring",
                "property can follow as --name=value (--fmn.database.url=...): see docs/admin.md."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "where FMN keeps its state (default: the checkout's data/)")
    private Path dataDir;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "the HTTP port (default: 8080)")
    private Integer port;

    @Unmatched
    private List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        for (String setting : settings) {
            if (!setting.startsWith("--") || !setting.contains("=")) {
                throw new ParameterException(spec.commandLine(),
                        "settings are given as --name=value (e.g. --fmn.database.url=jdbc:postgresql://db/fmn), not " + setting);
            }
        }
        ConfigurableApplicationContext context;
        try {
            context = start(dataDir, port, settings.toArray(String[]::new));
        } catch (SettingsCheck.UnknownSettingsException e) {
            spec.commandLine().getErr().println("fmn serve: " + e.getMessage());
            return 2;
        }
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        closed.await();
        return 0;
    }

    /** Starts the service; the caller owns the returned context and closes it to stop FMN. */
    public static ConfigurableApplicationContext start(Path dataDir, Integer port, String... args) {
        SpringApplication application = new SpringApplication(FmnServer.class);
        Properties defaults = defaults();
        defaults.setProperty("fmn.home", System.getProperty("fmn.home", "."));
        if (dataDir != null) {
            defaults.setProperty("fmn.data-dir", dataDir.toAbsolutePath().toString());
        }
        if (port != null) {
            defaults.setProperty("server.port", port.toString());
        }
        application.setDefaultProperties(defaults);
        application.addListeners(new SettingsCheck());
        application.setRegisterShutdownHook(true);
        return application.run(args);
    }

    private static Properties defaults() {
        Properties properties = new Properties();
        try (InputStream in = ServeCommand.class.getResourceAsStream("/fmn-defaults.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
