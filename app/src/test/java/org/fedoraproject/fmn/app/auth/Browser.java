package org.fedoraproject.fmn.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a person's browser does in a login: it follows the provider's redirects, keeps its
 * cookies, fills in the login form and lands on the frontend's redirect URI with the code.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /**
     * Opens the authorization URL, logs in on the provider's form and returns the query of the
     * redirect to {@code redirectUri} (code and state, or an error).
     */
    Map<String, String> logIn(URI authorization, String username, String password, String redirectUri) throws Exception {
        HttpResponse<String> response = get(authorization);
        URI loginPage = location(response);
        assertThat(loginPage.getPath()).isEqualTo("/login");
        response = get(loginPage);
        Matcher csrf = CSRF.matcher(response.body());
        assertThat(csrf.find()).as("the login form has a CSRF token").isTrue();
        response = http.send(HttpRequest.newBuilder(loginPage)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password, "_csrf", csrf.group(1)))))
                .build(), HttpResponse.BodyHandlers.ofString());
        URI next = location(response);
        for (int hop = 0; hop < 5 && !next.toString().startsWith(redirectUri); hop++) {
            next = location(get(next));
        }
        assertThat(next.toString()).startsWith(redirectUri + "?");
        return query(next);
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("a redirect from %s", response.uri()).isEqualTo(302);
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
