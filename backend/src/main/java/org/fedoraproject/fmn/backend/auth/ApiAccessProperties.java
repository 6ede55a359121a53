package org.fedoraproject.fmn.backend.auth;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use the API and from where ({@code fmn.api.*}).
 *
 * @param adminGroups the account-system groups whose members are FMN admins (FMN's default:
 *        {@code sysadmin-main})
 * @param corsOrigins the web origins allowed to call the API from a browser (and, with the
 *        built-in provider, the origins of web frontends it sends back to
 *        {@code <origin>/login/fedora} after login)
 */
@ConfigurationProperties("fmn.api")
public record ApiAccessProperties(@DefaultValue("sysadmin-main") List<String> adminGroups,
        @DefaultValue List<String> corsOrigins) {

    public ApiAccessProperties {
        adminGroups = List.copyOf(adminGroups);
        corsOrigins = List.copyOf(corsOrigins);
    }
}
