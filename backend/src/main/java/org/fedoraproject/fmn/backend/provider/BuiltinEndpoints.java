package org.fedoraproject.fmn.backend.provider;

import java.net.URI;

import org.fedoraproject.fmn.backend.auth.ProviderEndpoints;
import org.fedoraproject.fmn.backend.auth.ProviderEndpointsSource;
import org.fedoraproject.fmn.backend.auth.Secret;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;

/**
 * Where the API finds the built-in provider: in this very server, reached over loopback HTTP
 * once it listens, so the API checks tokens exactly as it does with an external provider.
 */
final class BuiltinEndpoints implements ProviderEndpointsSource, ApplicationListener<WebServerInitializedEvent> {

    private final AuthorizationServerSettings settings;
    private final String host;
    private final Secret apiSecret;
    private volatile URI base;

    /**
     * @param address the address the server is bound to ({@code server.address}); {@code null}
     *        or a wildcard address means loopback reaches it
     */
    BuiltinEndpoints(AuthorizationServerSettings settings, String address, Secret apiSecret) {
        this.settings = settings;
        this.host = address == null || address.isBlank() || address.equals("0.0.0.0") || address.equals("::")
                ? "127.0.0.1"
                : address.contains(":") ? "[" + address + "]" : address;
        this.apiSecret = apiSecret;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            base = URI.create("http://" + host + ":" + event.getWebServer().getPort());
        }
    }

    @Override
    public ProviderEndpoints endpoints() {
        URI server = base;
        if (server == null) {
            throw new IllegalStateException("the built-in OIDC provider does not listen yet");
        }
        return new ProviderEndpoints(server.resolve(settings.getTokenIntrospectionEndpoint()),
                server.resolve(settings.getOidcUserInfoEndpoint()), ProviderClients.API_CLIENT_ID, apiSecret);
    }
}
