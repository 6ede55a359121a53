package org.fedoraproject.fmn.backend.apidoc;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fedoraproject.fmn.backend.auth.Identity;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;

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

    /** The caller, {@code Identity} or {@code Optional<Identity>}, is no parameter of any call. */
    @Bean
    OperationCustomizer callerComesFromTheToken() {
        return (operation, handler) -> {
            Set<String> callers = Stream.of(handler.getMethodParameters())
                    .filter(ApiDocumentation::isCaller)
                    .map(parameter -> parameter.getParameter().getName())
                    .collect(Collectors.toSet());
            if (operation.getParameters() != null) {
                operation.getParameters().removeIf(parameter -> callers.contains(parameter.getName()));
                if (operation.getParameters().isEmpty()) {
                    operation.setParameters(null);
                }
            }
            return operation;
        };
    }

    private static boolean isCaller(MethodParameter parameter) {
        return parameter.getParameterType() == Identity.class
                || parameter.getParameterType() == Optional.class
                        && parameter.nestedIfOptional().getNestedParameterType() == Identity.class;
    }
}
