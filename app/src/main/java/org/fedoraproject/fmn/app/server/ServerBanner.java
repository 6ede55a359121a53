package org.fedoraproject.fmn.app.server;

import java.io.PrintStream;
import java.util.stream.Collectors;

import org.fedoraproject.fmn.backend.auth.ApiAccessProperties;
import org.fedoraproject.fmn.backend.provider.DemoAccount;
import org.fedoraproject.fmn.backend.provider.DemoAccounts;
import org.fedoraproject.fmn.directory.Directory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;

/**
 * Once FMN serves, tells the person who started it where to point a browser or curl and, when
 * the built-in provider runs, which demo accounts log in (admins marked).
 */
class ServerBanner implements ApplicationListener<ApplicationReadyEvent> {

    private final String dataDir;
    private final ObjectProvider<DemoAccounts> accounts;
    private final ObjectProvider<Directory> directory;
    private final ObjectProvider<ApiAccessProperties> access;
    private final PrintStream out = System.out;

    ServerBanner(@Value("${fmn.data-dir}") String dataDir, ObjectProvider<DemoAccounts> accounts,
            ObjectProvider<Directory> directory, ObjectProvider<ApiAccessProperties> access) {
        this.dataDir = dataDir;
        this.accounts = accounts;
        this.directory = directory;
        this.access = access;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort()
                : -1;
        out.printf("%nFMN is ready at http://localhost:%d/ (API: http://localhost:%d/api/v1/, state in %s)%n",
                port, port, dataDir);
        DemoAccounts demo = accounts.getIfAvailable();
        if (demo != null && !demo.all().isEmpty()) {
            boolean namesArePasswords = demo.all().stream().allMatch(a -> a.username().equals(a.password()));
            out.println("Demo accounts" + (namesArePasswords ? " (each password is the account name): " : ": ")
                    + demo.all().stream().map(this::describe).collect(Collectors.joining(", ")));
            out.printf("An access token for curl: ./fmn token %s%n", demo.all().getFirst().username());
        }
        out.flush();
    }

    private String describe(DemoAccount account) {
        return isAdmin(account) ? account.username() + " (admin)" : account.username();
    }

    /** Whether the account system says so; one that cannot be asked (FASJSON down) says no. */
    private boolean isAdmin(DemoAccount account) {
        Directory people = directory.getIfAvailable();
        ApiAccessProperties api = access.getIfAvailable();
        try {
            return people != null && api != null && people.person(account.username())
                    .map(person -> person.groups().stream().anyMatch(api.adminGroups()::contains)).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
