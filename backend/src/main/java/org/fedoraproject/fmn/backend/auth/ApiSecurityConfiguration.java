package org.fedoraproject.fmn.backend.auth;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may call {@code /api/v1}: each request's bearer token is checked at the OIDC provider
 * (introspection and UserInfo, kept until the token expires); {@link AnonymousApiPaths} need
 * none, {@code admin/**} needs an admin. Browsers from {@code fmn.api.cors-origins} may call it.
 * The API keeps no session and sets no cookie, so it needs no CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({OidcProperties.class, ApiAccessProperties.class})
public class ApiSecurityConfiguration {

    /** The API's filter chain comes after the built-in provider's, whose paths it does not share. */
    public static final int ORDER = 30;

    private static final Duration PROVIDER_TIMEOUT = Duration.ofSeconds(10);
    private static final int KNOWN_TOKENS = 10_000;

    @Bean
    @Order(ORDER)
    SecurityFilterChain apiSecurity(HttpSecurity http, IdentityLookup identities, ApiAccessProperties access) {
        AuthErrorResponses errors = new AuthErrorResponses();
        RequestMatcher anonymous = AnonymousApiPaths.matcher();
        AuthenticationManager strict = BearerTokenAuthenticator.strict(identities);
        AuthenticationManager lenient = BearerTokenAuthenticator.lenient(identities);
        UrlBasedCorsConfigurationSource cors = new UrlBasedCorsConfigurationSource();
        cors.registerCorsConfiguration("/api/v1/**", CorsPolicy.forOrigins(access.corsOrigins()));

        http.securityMatcher("/api/v1/**")
                .cors(c -> c.configurationSource(cors))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .authorizeHttpRequests(a -> a
                        .requestMatchers(anonymous).permitAll()
                        .requestMatchers("/api/v1/admin/**").hasAuthority(CallerAuthentication.ADMIN)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(r -> r
                        .authenticationManagerResolver(request -> anonymous.matches(request) ? lenient : strict)
                        .authenticationEntryPoint(errors)
                        .accessDeniedHandler(errors))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors));
        return http.build();
    }

    @Bean
    IdentityLookup identityLookup(OidcProperties oidc, ApiAccessProperties access,
            ObjectProvider<ProviderEndpointsSource> builtinProvider, ObjectProvider<Clock> clock) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(PROVIDER_TIMEOUT)
                .build();
        ProviderEndpointsSource provider = oidc.external()
                ? new DiscoveredEndpoints(oidc, http, PROVIDER_TIMEOUT)
                : builtinProvider.getIfAvailable(() -> {
                    throw new IllegalStateException("no OIDC provider for the API: set fmn.oidc.issuer (or "
                            + "fmn.oidc.introspection-uri and fmn.oidc.userinfo-uri), or leave the built-in "
                            + "provider on (fmn.oidc.builtin.enabled)");
                });
        return new IdentityLookup(new ProviderClient(provider, http, PROVIDER_TIMEOUT), access.adminGroups(),
                clock.getIfAvailable(Clock::systemUTC), KNOWN_TOKENS);
    }
}
