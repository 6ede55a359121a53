package org.fedoraproject.fmn.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.fedoraproject.fmn.backend.BackendConfiguration;
import org.fedoraproject.fmn.directory.InMemoryDirectory;
import org.fedoraproject.fmn.forge.InMemoryForge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API against an external provider (a stand-in for Fedora's Ipsilon on loopback), on a
 * clock the tests move: the built-in provider is off, tokens are checked over HTTP and their
 * answers kept until they expire.
 */
@SpringBootTest(classes = ExternalProviderIT.Api.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalProviderIT {

    static final StubProvider provider = startProvider();
    static final IdentityLookupTest.MovableClock clock = new IdentityLookupTest.MovableClock(IdentityLookupTest.NOW);
    static final HttpClient http = HttpClient.newHttpClient();

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(BackendConfiguration.class)
    static class Api {
        @Bean
        Clock clock() {
            return clock;
        }

        /** The API's other endpoints need an account system and a dist-git; these tests ask neither. */
        @Bean
        InMemoryDirectory directory() {
            return new InMemoryDirectory(java.util.List.of(), java.util.Map.of());
        }

        @Bean
        InMemoryForge forge() {
            return new InMemoryForge(java.util.List.of());
        }

        @Bean
        CallerController callerController() {
            return new CallerController();
        }
    }

    @RestController
    static class CallerController {
        @GetMapping("/api/v1/test/caller")
        Identity caller(Identity caller) {
            return caller;
        }
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("fmn.oidc.introspection-uri", () -> provider.base() + "/TokenInfo");
        properties.add("fmn.oidc.userinfo-uri", () -> provider.base() + "/UserInfo");
        properties.add("fmn.oidc.client-id", () -> "fmn-test");
        properties.add("fmn.oidc.client-secret", () -> "s3cret");
        properties.add("fmn.data-dir", () -> "target/external-provider-it");
    }

    @LocalServerPort
    int port;

    static StubProvider startProvider() {
        try {
            return new StubProvider();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @BeforeEach
    void answerNormally() {
        provider.answerWith(200);
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBuiltInProviderIsOff() throws Exception {
        assertThat(get("/.well-known/openid-configuration", null).statusCode()).isEqualTo(404);
        assertThat(get("/login", null).statusCode()).isEqualTo(404);
    }

    @Test
    void acceptsTokensTheProviderVouchesFor() throws Exception {
        provider.grant("mira-token", new StubProvider.Grant("mira", clock.instant().plusSeconds(3600), List.of("packager")));
        provider.grant("vera-token", new StubProvider.Grant("vera", clock.instant().plusSeconds(3600), List.of("sysadmin-main")));

        assertThat(get("/api/v1/test/caller", "mira-token").body()).isEqualTo("{\"name\":\"mira\",\"admin\":false}");
        assertThat(get("/api/v1/test/caller", "vera-token").body()).isEqualTo("{\"name\":\"vera\",\"admin\":true}");
        assertThat(provider.introspections()).anySatisfy(form -> assertThat(form)
                .containsEntry("token", "mira-token").containsEntry("client_id", "fmn-test").containsEntry("client_secret", "s3cret"));
    }

    @Test
    void asksTheProviderOncePerTokenUntilItExpires() throws Exception {
        provider.grant("kept", new StubProvider.Grant("oskar", clock.instant().plusSeconds(300), List.of()));
        long before = provider.introspections().stream().filter(form -> "kept".equals(form.get("token"))).count();

        get("/api/v1/test/caller", "kept");
        HttpResponse<String> second = get("/api/v1/test/caller", "kept");
        clock.advance(Duration.ofSeconds(300));
        HttpResponse<String> expired = get("/api/v1/test/caller", "kept");

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(provider.introspections().stream().filter(form -> "kept".equals(form.get("token"))).count() - before)
                .isEqualTo(2); // the first call, and the one after the token expired
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).isEqualTo("{\"detail\":\"Token expired\"}");
    }

    @Test
    void refusesATokenTheProviderDoesNotKnow() throws Exception {
        HttpResponse<String> response = get("/api/v1/test/caller", "unknown");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
        assertThat(response.body()).isEqualTo("{\"detail\":\"Invalid token\"}");
    }

    @Test
    void refusesTokensWhileTheProviderFails() throws Exception {
        provider.grant("during-outage", new StubProvider.Grant("lena", clock.instant().plusSeconds(3600), List.of()));
        provider.answerWith(500);

        HttpResponse<String> response = get("/api/v1/test/caller", "during-outage");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).startsWith("{\"detail\":\"Could not get user information: HTTP 500");
    }
}
