package org.fedoraproject.fmn.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

class IdentityArgumentResolverTest {

    final IdentityArgumentResolver resolver = new IdentityArgumentResolver();

    @SuppressWarnings("unused")
    void handler(Identity required, Optional<Identity> optional, String other) {
    }

    static MethodParameter parameter(int index) throws NoSuchMethodException {
        Method handler = IdentityArgumentResolverTest.class.getDeclaredMethod("handler", Identity.class, Optional.class, String.class);
        return new MethodParameter(handler, index);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void resolvesIdentityAndOptionalIdentityParametersOnly() throws Exception {
        assertThat(resolver.supportsParameter(parameter(0))).isTrue();
        assertThat(resolver.supportsParameter(parameter(1))).isTrue();
        assertThat(resolver.supportsParameter(parameter(2))).isFalse();
    }

    @Test
    void givesTheCaller() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(new Identity("mira", false)));

        assertThat(resolver.resolveArgument(parameter(0), null, null, null)).isEqualTo(new Identity("mira", false));
        assertThat(resolver.resolveArgument(parameter(1), null, null, null)).isEqualTo(Optional.of(new Identity("mira", false)));
    }

    @Test
    void anAnonymousCallerHasNoIdentity() throws Exception {
        assertThat(resolver.resolveArgument(parameter(1), null, null, null)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> resolver.resolveArgument(parameter(0), null, null, null))
                .isInstanceOf(InsufficientAuthenticationException.class).hasMessage("Not authenticated");
    }
}
