package org.fedoraproject.fmn.backend.auth;

import java.time.Duration;
import java.util.List;

import org.springframework.web.cors.CorsConfiguration;

/**
 * What a web page from an allowed origin may do across origins: FMN's frontend sends its bearer
 * token in the {@code Authorization} header and JSON bodies, never cookies, so no credentials
 * mode is needed.
 */
public final class CorsPolicy {

    private CorsPolicy() {
    }

    /** The CORS rules for pages from these origins ({@code https://host[:port]}). */
    public static CorsConfiguration forOrigins(List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(List.copyOf(origins));
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of("authorization", "content-type"));
        cors.setMaxAge(Duration.ofHours(1));
        return cors;
    }
}
