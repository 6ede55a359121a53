package org.fedoraproject.fmn.backend.apidoc;

import org.fedoraproject.fmn.backend.auth.Identity;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The API's OpenAPI document ({@code /api/v1/openapi.json}) and its browsable page
 * ({@code /api/v1/docs}): FMN's title, bearer-token authentication, and no trace of the
 * caller's {@link Identity}, which comes from the token, not from the request's parameters.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Identity.class);
    }

    @Bean
    OpenAPI fmnOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Fedora Messaging Notifications").version("v1")
                        .description("Rules for notifications of Fedora bus events, and the accounts and artifacts they "
                                + "name. Calls on rules need an OIDC access token: Authorization: Bearer <token>."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
