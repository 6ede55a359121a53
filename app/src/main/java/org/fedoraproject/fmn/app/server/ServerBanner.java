package org.fedoraproject.fmn.app.server;

import java.io.PrintStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;

/**
 * Once FMN serves, tells the person who started it where to point a browser or curl.
 */
class ServerBanner implements ApplicationListener<ApplicationReadyEvent> {

    private final String dataDir;
    private final PrintStream out = System.out;

    ServerBanner(@Value("${fmn.data-dir}") String dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort()
                : -1;
        out.printf("%nFMN is ready at http://localhost:%d/ (API: http://localhost:%d/api/v1/, state in %s)%n",
                port, port, dataDir);
        out.flush();
    }
}
