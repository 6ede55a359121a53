package org.fedoraproject.fmn.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdentityLookupTest {

    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    StubProvider provider;
    MovableClock clock = new MovableClock(NOW);
    IdentityLookup identities;

    @BeforeEach
    void start() throws Exception {
        provider = new StubProvider();
        identities = lookup(new ProviderEndpoints(provider.base().resolve("/TokenInfo"), provider.base().resolve("/UserInfo"),
                "fmn-api", Secret.of("s3cret")));
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    IdentityLookup lookup(ProviderEndpoints endpoints) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return new IdentityLookup(new ProviderClient(() -> endpoints, http, Duration.ofSeconds(5)),
                List.of("sysadmin-main"), clock, 100);
    }

    @Test
    void namesTheCallerTheProviderIntrospectsTheTokenFor() {
        provider.grant("t1", new StubProvider.Grant("mira", NOW.plusSeconds(600), List.of("packager")));

        assertThat(identities.identify("t1")).isEqualTo(new Identity("mira", false));
    }

    @Test
    void sendsTheApiClientsIdAndSecretWithTheTokenInTheFormBody() {
        provider.grant("t1", new StubProvider.Grant("mira", NOW.plusSeconds(600), List.of()));

        identities.identify("t1");

        assertThat(provider.introspections()).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("token", "t1").containsEntry("client_id", "fmn-api").containsEntry("client_secret", "s3cret"));
    }

    @Test
    void aMemberOfAnAdminGroupIsAnAdmin() {
        provider.grant("t1", new StubProvider.Grant("vera", NOW.plusSeconds(600), List.of("packager", "sysadmin-main")));

        assertThat(identities.identify("t1")).isEqualTo(new Identity("vera", true));
    }

    @Test
    void keepsTheAnswerUntilTheTokenExpires() {
        provider.grant("t1", new StubProvider.Grant("mira", NOW.plusSeconds(600), List.of()));

        identities.identify("t1");
        clock.advance(Duration.ofSeconds(599));
        Identity again = identities.identify("t1");

        assertThat(again.name()).isEqualTo("mira");
        assertThat(provider.introspections()).hasSize(1);
        assertThat(provider.userInfoCalls()).isEqualTo(1);
    }

    @Test
    void aTokenPastItsExpiryIsRejectedEvenWhenKept() {
        provider.grant("t1", new StubProvider.Grant("mira", NOW.plusSeconds(600), List.of()));
        identities.identify("t1");

        clock.advance(Duration.ofSeconds(600));

        assertThatThrownBy(() -> identities.identify("t1")).isInstanceOf(TokenRejectedException.class).hasMessage("Token expired");
    }

    @Test
    void aTokenTheProviderCallsExpiredIsRejected() {
        provider.grant("t1", new StubProvider.Grant("mira", NOW.minusSeconds(1), List.of()));

        assertThatThrownBy(() -> identities.identify("t1")).hasMessage("Token expired");
    }

    @Test
    void anUnknownOrRevokedTokenIsRejectedAndNotKept() {
        assertThatThrownBy(() -> identities.identify("nope")).isInstanceOf(TokenRejectedException.class).hasMessage("Invalid token");
        provider.grant("nope", new StubProvider.Grant("mira", NOW.plusSeconds(600), List.of()));

        assertThat(identities.identify("nope").name()).isEqualTo("mira");
        assertThat(provider.introspections()).hasSize(2);
    }

    @Test
    void aFailingProviderRejectsTheTokenSayingWhy() {
        provider.grant("t1", new StubProvider.Grant("mira", NOW.plusSeconds(600), List.of()));
        provider.answerWith(503);

        assertThatThrownBy(() -> identities.identify("t1"))
                .hasMessageStartingWith("Could not get user information: HTTP 503 from " + provider.base() + "/TokenInfo");
    }

    @Test
    void anUnreachableProviderRejectsTheTokenSayingWhy() {
        provider.close();

        assertThatThrownBy(() -> identities.identify("t1")).hasMessageStartingWith("Could not get user information: ");
    }

    @Test
    void findsAnIssuersEndpointsByDiscovery() {
        provider.grant("t1", new StubProvider.Grant("mira", NOW.plusSeconds(600), List.of()));
        OidcProperties oidc = new OidcProperties(provider.base(), null, null, "fmn-api", Secret.of("s3cret"), null);
        DiscoveredEndpoints discovered = new DiscoveredEndpoints(oidc, HttpClient.newHttpClient(), Duration.ofSeconds(5));

        ProviderEndpoints endpoints = discovered.endpoints();

        assertThat(endpoints.introspection()).isEqualTo(URI.create(provider.base() + "/TokenInfo"));
        assertThat(endpoints.userinfo()).isEqualTo(URI.create(provider.base() + "/UserInfo"));
        assertThat(lookup(endpoints).identify("t1").name()).isEqualTo("mira");
    }

    @Test
    void secretsNeverPrintThemselves() {
        OidcProperties oidc = new OidcProperties(provider.base(), null, null, "fmn-api", Secret.of("s3cret"), null);

        assertThat(oidc.toString()).contains("<secret>").doesNotContain("s3cret");
        assertThat(oidc.secret().reveal()).isEqualTo("s3cret");
    }

    /** A clock tests move by hand. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
