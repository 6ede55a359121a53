package org.fedoraproject.fmn.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.fedoraproject.fmn.backend.provider.DemoAccount;
import org.fedoraproject.fmn.backend.provider.DemoAccounts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fmn token USER}: an access token of a demo account of the running embedded FMN, for
 * curl and scripts: it logs the account in at FMN's built-in OIDC provider as a browser would
 * and prints the token as the last line of its output.
 */
@Command(name = "token",
        mixinStandardHelpOptions = true,
        description = {
                "Prints an access token of a demo account of the running FMN.",
                "",
                "Logs the account in at the built-in OIDC provider of the FMN that `fmn serve`",
                "runs (its login form, the authorization code flow with PKCE) and prints the",
                "access token, good for an hour:",
                "",
                "  curl -H \"Authorization: Bearer $(./fmn token mira)\" localhost:8080/api/v1/users/me"})
public final class TokenCommand implements Callable<Integer> {

    @Parameters(paramLabel = "USER", description = "the demo account, e.g. mira")
    private String username;

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://localhost:8080",
            description = "where FMN runs (default: ${DEFAULT-VALUE})")
    private URI url;

    @Option(names = "--accounts", paramLabel = "FILE",
            description = "the demo accounts and their passwords (default: the checkout's demo/accounts.json)")
    private Path accounts;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "the account's password, for an account not in the accounts file")
    private String password;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String secret = password;
        if (secret == null) {
            Path file = accounts != null ? accounts : Path.of(System.getProperty("fmn.home", "."), "demo", "accounts.json");
            try {
                secret = DemoAccounts.read(file).account(username).map(DemoAccount::password).orElse(null);
            } catch (IllegalArgumentException e) {
                err.println("fmn token: " + e.getMessage());
                return 2;
            }
            if (secret == null) {
                err.println("fmn token: there is no demo account \"" + username + "\" in " + file);
                return 2;
            }
            if (secret.startsWith("{")) {
                err.println("fmn token: " + file + " keeps the password of " + username + " encoded: give it with --password");
                return 2;
            }
        }
        try {
            out.println(new ProviderLogin(url).accessToken(username, secret));
            out.flush();
            return 0;
        } catch (ConnectException | HttpTimeoutException e) {
            err.println("fmn token: FMN does not answer at " + url + " (is `./fmn serve` running?)");
        } catch (ProviderLogin.LoginException e) {
            err.println("fmn token: " + e.getMessage());
        } catch (IOException e) {
            err.println("fmn token: talking to FMN at " + url + " failed: " + e);
        }
        return 1;
    }
}
