package org.fedoraproject.fmn.backend.auth;

import java.util.Optional;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Hands a controller method the caller: a parameter of type {@link Identity} receives the
 * caller (a request without one is answered 401 "Not authenticated" before the method runs);
 * {@code Optional<Identity>} is empty for an anonymous caller, for the paths anyone may call.
 * Controllers need nothing else from Spring Security.
 */
final class IdentityArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Identity.class
                || parameter.getParameterType() == Optional.class
                        && parameter.nestedIfOptional().getNestedParameterType() == Identity.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binders) {
        Identity caller = current();
        if (parameter.getParameterType() == Optional.class) {
            return Optional.ofNullable(caller);
        }
        if (caller == null) {
            // Spring Security's exception translation answers this with the API's 401.
            throw new InsufficientAuthenticationException("Not authenticated");
        }
        return caller;
    }

    private static Identity current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof CallerAuthentication caller ? caller.identity() : null;
    }
}
