package org.fedoraproject.fmn.app.cli;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fedoraproject.fmn.message.Json;

import tools.jackson.databind.JsonNode;

/**
 * Logs an account in at FMN's built-in OIDC provider as a browser would, without one: the
 * authorization code flow with PKCE as the {@value #CLIENT_ID} client, through the provider's
 * own login form (its session cookie and CSRF token included), then the code exchanged for
 * tokens. The client's loopback redirect is only read from the {@code Location} header, never
 * followed.
 */
final class ProviderLogin {

    static final String CLIENT_ID = "fmn-cli";
    static final String REDIRECT_URI = "http://127.0.0.1/token";
    static final String SCOPE = "openid profile email https://id.fedoraproject.org/scope/groups";

    private static final Pattern HIDDEN_INPUT = Pattern.compile("<input\\b[^>]*\\btype=\"hidden\"[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(name|value)=\"([^\"]*)\"");
    private static final int MOST_REDIRECTS = 5;

    /** The login did not give a token, for a reason a person can act on. */
    static final class LoginException extends Exception {
        LoginException(String message) {
            super(message);
        }
    }

    private final URI server;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    ProviderLogin(URI server) {
        this.server = server;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The access token of a fresh login of that account. */
    String accessToken(String username, String password) throws LoginException, IOException, InterruptedException {
        JsonNode discovery = discovery();
        URI authorize = URI.create(discovery.path("authorization_endpoint").asString());
        URI tokenEndpoint = URI.create(discovery.path("token_endpoint").asString());
        String verifier = randomText();
        String state = randomText();

        HttpResponse<String> page = send(get(URI.create(authorize + "?" + form(Map.of(
                "response_type", "code",
                "client_id", CLIENT_ID,
                "redirect_uri", REDIRECT_URI,
                "scope", SCOPE,
                "state", state,
                "code_challenge", challenge(verifier),
                "code_challenge_method", "S256")))));
        URI loginPage = redirect(page, "the authorization endpoint did not send to its login form");
        page = send(get(loginPage));
        Map<String, String> login = hiddenInputs(page.body());
        login.put("username", username);
        login.put("password", password);
        page = send(HttpRequest.newBuilder(loginPage).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(login))).build());
        URI next = redirect(page, "the login form did not answer with a redirect");
        if (next.getPath().equals(loginPage.getPath())) {
            throw new LoginException("the provider refused the password of " + username);
        }
        for (int hop = 0; !next.toString().startsWith(REDIRECT_URI); hop++) {
            if (hop == MOST_REDIRECTS) {
                throw new LoginException("the provider did not send back an authorization code (last sent to " + next + ")");
            }
            next = redirect(send(get(next)), "the provider did not send back an authorization code");
        }
        Map<String, String> answer = query(next);
        if (answer.containsKey("error")) {
            throw new LoginException("the provider refused the login: " + answer.get("error") + " "
                    + answer.getOrDefault("error_description", ""));
        }
        if (!state.equals(answer.get("state")) || answer.get("code") == null) {
            throw new LoginException("the provider's redirect carries no code for this login: " + next);
        }

        HttpResponse<String> tokens = send(HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "grant_type", "authorization_code",
                        "code", answer.get("code"),
                        "redirect_uri", REDIRECT_URI,
                        "client_id", CLIENT_ID,
                        "code_verifier", verifier)))).build());
        String accessToken = tokens.statusCode() == 200
                ? Json.parse(tokens.body(), "the token endpoint's answer").path("access_token").stringValue(null)
                : null;
        if (accessToken == null) {
            throw new LoginException("the token endpoint gave no access token (HTTP " + tokens.statusCode() + "): " + tokens.body());
        }
        return accessToken;
    }

    private JsonNode discovery() throws LoginException, IOException, InterruptedException {
        URI uri = server.resolve("/.well-known/openid-configuration");
        HttpResponse<String> response = send(get(uri));
        if (response.statusCode() == 404) {
            throw new LoginException("FMN at " + server + " runs no built-in OIDC provider (it uses an external one)");
        }
        if (response.statusCode() != 200) {
            throw new LoginException("OIDC discovery at " + uri + " answered HTTP " + response.statusCode());
        }
        return Json.parse(response.body(), uri.toString());
    }

    private static HttpRequest get(URI uri) {
        // A browser's Accept: the provider sends browsers, and only them, to its login form.
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).header("Accept", "text/html,*/*;q=0.8").GET().build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI redirect(HttpResponse<String> response, String problem) throws LoginException {
        String location = response.headers().firstValue("Location").orElse(null);
        if (response.statusCode() / 100 != 3 || location == null) {
            throw new LoginException(problem + " (HTTP " + response.statusCode() + " from " + response.uri() + ")");
        }
        return response.uri().resolve(location);
    }

    private static Map<String, String> hiddenInputs(String html) {
        Map<String, String> inputs = new LinkedHashMap<>();
        Matcher input = HIDDEN_INPUT.matcher(html);
        while (input.find()) {
            String name = null;
            String value = "";
            Matcher attribute = ATTRIBUTE.matcher(input.group());
            while (attribute.find()) {
                String text = attribute.group(2).replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
                if (attribute.group(1).equals("name")) {
                    name = text;
                } else {
                    value = text;
                }
            }
            if (name != null) {
                inputs.put(name, value);
            }
        }
        return inputs;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String key = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                parameters.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private String randomText() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
