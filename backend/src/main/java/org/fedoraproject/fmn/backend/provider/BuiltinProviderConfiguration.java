package org.fedoraproject.fmn.backend.provider;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.fedoraproject.fmn.backend.auth.ApiAccessProperties;
import org.fedoraproject.fmn.backend.auth.ApiSecurityConfiguration;
import org.fedoraproject.fmn.backend.auth.CorsPolicy;
import org.fedoraproject.fmn.directory.Directory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * FMN's built-in OIDC provider (Spring Authorization Server), for the embedded default and the
 * tests: the accounts of {@code fmn.oidc.builtin.accounts} log in on a form, FMN's web frontend
 * logs them in with the authorization code flow and PKCE, and the API checks their opaque access
 * tokens by introspection and UserInfo, as it checks Fedora's. Its issuer is the address it is
 * called at; its tokens live in memory (a restart logs everybody out), its ID-token signing key
 * in the data folder.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(BuiltinProviderCondition.class)
@EnableConfigurationProperties(BuiltinProviderProperties.class)
public class BuiltinProviderConfiguration {

    /** The provider's endpoints are matched first, then its login form, then the API. */
    static final int PROVIDER_ORDER = ApiSecurityConfiguration.ORDER - 20;
    static final int LOGIN_ORDER = ApiSecurityConfiguration.ORDER - 10;

    @Bean
    DemoAccounts demoAccounts(BuiltinProviderProperties properties) {
        return DemoAccounts.read(properties.accounts());
    }

    @Bean
    UserDetailsService demoAccountLogins(DemoAccounts accounts) {
        return accounts.userDetailsService();
    }

    @Bean
    ProviderClients providerClients(BuiltinProviderProperties properties, ApiAccessProperties access) {
        return new ProviderClients(properties, access.corsOrigins());
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(ProviderClients clients) {
        return clients.repository();
    }

    @Bean
    OAuth2AuthorizationService authorizationService() {
        return new InMemoryOAuth2AuthorizationService();
    }

    @Bean
    JWKSource<SecurityContext> signingKey(@Value("${fmn.data-dir}") Path dataDir) {
        return SigningKey.loadOrCreate(dataDir.resolve("oidc").resolve("signing-key.json"));
    }

    @Bean
    BuiltinEndpoints builtinEndpoints(AuthorizationServerSettings settings, @Value("${server.address:}") String address,
            ProviderClients clients) {
        return new BuiltinEndpoints(settings, address, clients.apiSecret());
    }

    @Bean
    @Order(PROVIDER_ORDER)
    SecurityFilterChain providerSecurity(HttpSecurity http, AuthorizationServerSettings settings,
            RegisteredClientRepository clients, OAuth2AuthorizationService authorizations,
            JWKSource<SecurityContext> signingKey, Directory directory, DemoAccounts accounts,
            ApiAccessProperties access) {
        // FMN's frontend sends UserInfo its token in a form body, without an Authorization header.
        DefaultBearerTokenResolver formOrHeader = new DefaultBearerTokenResolver();
        formOrHeader.setAllowFormEncodedBodyParameter(true);
        MediaTypeRequestMatcher browsers = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browsers.setIgnoredMediaTypes(Set.of(MediaType.ALL));

        List<String> crossOrigin = crossOriginPaths(settings);
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(new OrRequestMatcher(server.getEndpointsMatcher(), preflights(crossOrigin)));
            server.tokenGenerator(tokenGenerator(signingKey))
                    .clientAuthentication(c -> c
                            .authenticationConverter(new PublicClientRequests(settings.getTokenRevocationEndpoint()))
                            .authenticationProvider(new PublicClientAuthenticator(clients)))
                    .oidc(oidc -> oidc.userInfoEndpoint(u -> u.userInfoMapper(new DirectoryUserInfo(directory, accounts))));
        });
        http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                // Spring's provider sets up its UserInfo endpoint for JWT access tokens; ours are
                // opaque, so the "JWT" authentication is the provider's own token lookup.
                .oauth2ResourceServer(r -> r
                        .bearerTokenResolver(formOrHeader)
                        .jwt(j -> j.authenticationManager(new ProviderManager(
                                new OpaqueTokenAuthenticationProvider(new IssuedTokenIntrospector(authorizations))))))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browsers))
                .cors(c -> c.configurationSource(cors(crossOrigin, CorsPolicy.forOrigins(access.corsOrigins()))));
        return http.build();
    }

    @Bean
    @Order(LOGIN_ORDER)
    SecurityFilterChain loginSecurity(HttpSecurity http) {
        http.securityMatcher("/login", "/logout", "/default-ui.css")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    private static OAuth2TokenGenerator<?> tokenGenerator(JWKSource<SecurityContext> signingKey) {
        OAuth2AccessTokenGenerator accessTokens = new OAuth2AccessTokenGenerator();
        // Introspection names the account as "username", where FMN reads it from Ipsilon.
        accessTokens.setAccessTokenCustomizer(token -> {
            if (!AuthorizationGrantType.CLIENT_CREDENTIALS.equals(token.getAuthorizationGrantType())) {
                token.getClaims().claim("username", token.getPrincipal().getName());
            }
        });
        return new DelegatingOAuth2TokenGenerator(new JwtGenerator(new NimbusJwtEncoder(signingKey)), accessTokens,
                new RefreshTokens(Clock.systemUTC()));
    }

    /** The paths a browser's page calls across origins: discovery and the token, UserInfo and revocation endpoints. */
    private static List<String> crossOriginPaths(AuthorizationServerSettings settings) {
        return List.of("/.well-known/openid-configuration", "/.well-known/oauth-authorization-server",
                settings.getTokenEndpoint(), settings.getOidcUserInfoEndpoint(), settings.getJwkSetEndpoint(),
                settings.getTokenRevocationEndpoint());
    }

    private static UrlBasedCorsConfigurationSource cors(List<String> paths, CorsConfiguration policy) {
        UrlBasedCorsConfigurationSource cors = new UrlBasedCorsConfigurationSource();
        paths.forEach(path -> cors.registerCorsConfiguration(path, policy));
        return cors;
    }

    /** CORS preflights, which Spring's endpoint matcher leaves out, to the same paths. */
    private static RequestMatcher preflights(List<String> paths) {
        PathPatternRequestMatcher.Builder matchers = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(paths.stream().map(path -> (RequestMatcher) matchers.matcher(HttpMethod.OPTIONS, path)).toList());
    }
}
