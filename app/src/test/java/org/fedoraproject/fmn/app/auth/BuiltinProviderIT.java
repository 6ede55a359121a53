package org.fedoraproject.fmn.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fedoraproject.fmn.app.Fmn;
import org.fedoraproject.fmn.app.cli.ServeCommand;
import org.fedoraproject.fmn.message.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * The embedded FMN's built-in OIDC provider and the API's authentication, over real HTTP, as
 * FMN's web frontend (served from a Vite dev server's origin), {@code fmn token} and curl use them.
 */
class BuiltinProviderIT {

    static final String FRONTEND = "http://localhost:5173";
    static final String ELSEWHERE = "http://elsewhere.example";
    static final String FRONTEND_REDIRECT = FRONTEND + "/login/fedora";
    static final String SCOPE = "openid profile email https://id.fedoraproject.org/scope/groups";

    @TempDir
    static Path dataDir;

    static ConfigurableApplicationContext fmn;
    static URI base;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        System.setProperty("fmn.home", Path.of("..").toAbsolutePath().normalize().toString());
        fmn = ServeCommand.start(dataDir, 0, "--spring.main.sources=" + CallerController.class.getName());
        base = URI.create("http://localhost:" + ((WebServerApplicationContext) fmn).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        fmn.close();
    }

    @Test
    void fmnsFrontendLogsInWithPkceRefreshesItsTokenAndCallsTheApi() throws Exception {
        HttpResponse<String> discovery = send(request("/.well-known/openid-configuration").header("Origin", FRONTEND).GET());
        JsonNode provider = json(discovery);
        assertThat(discovery.headers().firstValue("Access-Control-Allow-Origin")).hasValue(FRONTEND);

        String verifier = "a-code-verifier-of-at-least-forty-three-characters-0123456789";
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        URI authorization = URI.create(provider.path("authorization_endpoint").asString() + "?" + Browser.form(ordered(
                "response_type", "code", "client_id", "fmn", "redirect_uri", FRONTEND_REDIRECT, "scope", SCOPE,
                "state", "s-123", "code_challenge", challenge, "code_challenge_method", "S256")));
        Map<String, String> callback = new Browser().logIn(authorization, "mira", "mira", FRONTEND_REDIRECT);
        assertThat(callback).containsEntry("state", "s-123").containsKey("code");

        HttpResponse<String> tokenResponse = postForm(provider.path("token_endpoint").asString(), ordered(
                "grant_type", "authorization_code", "client_id", "fmn", "redirect_uri", FRONTEND_REDIRECT,
                "code", callback.get("code"), "code_verifier", verifier));
        JsonNode tokens = json(tokenResponse);
        assertThat(tokenResponse.headers().firstValue("Access-Control-Allow-Origin")).hasValue(FRONTEND);
        assertThat(tokens.path("access_token").asString()).isNotBlank();
        assertThat(tokens.path("refresh_token").asString()).isNotBlank();
        assertThat(tokens.path("expires_in").asInt()).isBetween(3500, 3600);

        HttpResponse<String> userInfoResponse = postForm(provider.path("userinfo_endpoint").asString(),
                ordered("access_token", tokens.path("access_token").asString()));
        JsonNode userInfo = json(userInfoResponse);
        assertThat(userInfoResponse.headers().firstValue("Access-Control-Allow-Origin")).hasValue(FRONTEND);
        assertThat(userInfo.path("sub").asString()).isEqualTo("mira");
        assertThat(userInfo.path("nickname").asString()).isEqualTo("mira");
        assertThat(userInfo.path("name").asString()).isEqualTo("Mira Novak");
        assertThat(userInfo.path("email").asString()).isEqualTo("mira@example.org");
        assertThat(Json.MAPPER.convertValue(userInfo.path("groups"), List.class)).containsExactly("kde-sig", "packager");

        assertThat(caller(tokens.path("access_token").asString()).body()).isEqualTo("{\"name\":\"mira\",\"admin\":false}");

        JsonNode refreshed = json(postForm(provider.path("token_endpoint").asString(), ordered(
                "grant_type", "refresh_token", "client_id", "fmn", "refresh_token", tokens.path("refresh_token").asString())));
        assertThat(refreshed.path("access_token").asString()).isNotBlank().isNotEqualTo(tokens.path("access_token").asString());
        assertThat(refreshed.path("refresh_token").asString()).isNotBlank();
        assertThat(caller(refreshed.path("access_token").asString()).body()).isEqualTo("{\"name\":\"mira\",\"admin\":false}");
    }

    @Test
    void userInfoTakesTheTokenInTheAuthorizationHeaderToo() throws Exception {
        HttpResponse<String> response = send(request("/userinfo").header("Authorization", "Bearer " + token("oskar")).GET());

        assertThat(json(response).path("nickname").asString()).isEqualTo("oskar");
    }

    @Test
    void aRedirectOutsideTheFrontendOriginsIsRefused() throws Exception {
        URI authorization = base.resolve("/oauth2/authorize?" + Browser.form(ordered(
                "response_type", "code", "client_id", "fmn", "redirect_uri", ELSEWHERE + "/login/fedora", "scope", SCOPE,
                "state", "s", "code_challenge", "x".repeat(43), "code_challenge_method", "S256")));

        HttpResponse<String> response = send(HttpRequest.newBuilder(authorization).header("Accept", "text/html").GET());

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void theProviderAndTheApiAnswerCorsForTheFrontendOnly() throws Exception {
        HttpResponse<String> elsewhere = send(request("/.well-known/openid-configuration").header("Origin", ELSEWHERE).GET());
        HttpResponse<String> tokenPreflight = send(request("/oauth2/token").header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> apiPreflight = send(request("/api/v1/users/mira/rules/1").header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "PUT").header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> apiPreflightElsewhere = send(request("/api/v1/users/mira/rules").header("Origin", ELSEWHERE)
                .header("Access-Control-Request-Method", "GET").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(elsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(tokenPreflight.statusCode()).isEqualTo(200);
        assertThat(tokenPreflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(FRONTEND);
        assertThat(apiPreflight.statusCode()).isEqualTo(200);
        assertThat(apiPreflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(FRONTEND);
        assertThat(apiPreflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
                .contains("GET", "POST", "PUT", "PATCH", "DELETE");
        assertThat(apiPreflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                .contains("authorization", "content-type");
        assertThat(apiPreflightElsewhere.statusCode()).isEqualTo(403);
        assertThat(apiPreflightElsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void fmnTokenPrintsATokenTheApiAccepts() throws Exception {
        assertThat(caller(token("mira")).body()).isEqualTo("{\"name\":\"mira\",\"admin\":false}");
    }

    @Test
    void membersOfTheAdminGroupAreAdmins() throws Exception {
        String vera = token("vera");
        HttpResponse<String> miraOnAdminPath = send(request("/api/v1/admin/test/caller").header("Authorization", "Bearer " + token("mira")).GET());

        assertThat(caller(vera).body()).isEqualTo("{\"name\":\"vera\",\"admin\":true}");
        assertThat(send(request("/api/v1/admin/test/caller").header("Authorization", "Bearer " + vera).GET()).statusCode()).isEqualTo(200);
        assertThat(miraOnAdminPath.statusCode()).isEqualTo(403);
        assertThat(miraOnAdminPath.body()).isEqualTo("{\"detail\":\"Not an admin\"}");
    }

    @Test
    void callsWithoutAGoodTokenAreRefused() throws Exception {
        String revoked = token("lena");
        assertThat(postForm(base + "/oauth2/revoke", ordered("token", revoked, "client_id", "fmn-cli")).statusCode()).isEqualTo(200);

        HttpResponse<String> none = send(request("/api/v1/test/caller").GET());
        HttpResponse<String> garbage = caller("not-a-token");
        HttpResponse<String> revokedCall = caller(revoked);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(none.body()).isEqualTo("{\"detail\":\"Not authenticated\"}");
        assertThat(garbage.statusCode()).isEqualTo(401);
        assertThat(garbage.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        assertThat(garbage.body()).isEqualTo("{\"detail\":\"Invalid token\"}");
        assertThat(revokedCall.statusCode()).isEqualTo(401);
        assertThat(revokedCall.body()).isEqualTo("{\"detail\":\"Invalid token\"}");
    }

    @Test
    void anonymousCallsNeedNoTokenAndSurviveABadOne() throws Exception {
        assertThat(send(request("/api/v1/healthz/live").GET()).statusCode()).isEqualTo(200);
        assertThat(send(request("/api/v1/healthz/live").header("Authorization", "Bearer not-a-token").GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void fmnTokenSaysWhatWentWrong() {
        Run unknown = fmn("token", "nobody", "--url", base.toString());
        Run wrongPassword = fmn("token", "mira", "--password", "wrong", "--url", base.toString());
        Run stopped = fmn("token", "mira", "--url", "http://127.0.0.1:1");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no demo account \"nobody\"");
        assertThat(wrongPassword.exitCode()).isEqualTo(1);
        assertThat(wrongPassword.err()).contains("refused the password of mira");
        assertThat(stopped.exitCode()).isEqualTo(1);
        assertThat(stopped.err()).contains("FMN does not answer at http://127.0.0.1:1");
    }

    record Run(int exitCode, String out, String err) {
    }

    static Run fmn(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Fmn.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A token from {@code fmn token}: the last line it prints. */
    static String token(String username) {
        Run run = fmn("token", username, "--url", base.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        return lines[lines.length - 1].strip();
    }

    static HttpResponse<String> caller(String token) throws Exception {
        return send(request("/api/v1/test/caller").header("Authorization", "Bearer " + token).GET());
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path));
    }

    static HttpResponse<String> postForm(String uri, Map<String, String> form) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(uri)).header("Origin", FRONTEND)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Browser.form(form))));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s: %s", response.uri(), response.body()).isEqualTo(200);
        return Json.parse(response.body(), response.uri().toString());
    }

    static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
