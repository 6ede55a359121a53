package org.fedoraproject.fmn.backend;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fedoraproject.fmn.backend.auth.Identity;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;

/**
 * The API's OpenAPI document ({@code /api/v1/openapi.json}), as springdoc makes it from the
 * controllers, told what it cannot see: the caller ({@link Identity}) comes from the bearer
 * token, never from a parameter the docs page would ask for.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    @Bean
    OperationCustomizer callerComesFromTheToken() {
        return (operation, handler) -> {
            Set<String> callers = Stream.of(handler.getMethodParameters())
                    .filter(ApiDocument::isCaller)
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
