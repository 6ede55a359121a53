package org.fedoraproject.fmn.backend.provider;

import org.fedoraproject.fmn.backend.auth.OidcProperties;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether the built-in provider runs: as {@code fmn.oidc.builtin.enabled} says when it is set,
 * otherwise exactly when no external provider is configured.
 */
final class BuiltinProviderCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        String enabled = environment.getProperty("fmn.oidc.builtin.enabled", "");
        if (StringUtils.hasText(enabled)) {
            if (!enabled.strip().equalsIgnoreCase("true") && !enabled.strip().equalsIgnoreCase("false")) {
                throw new IllegalArgumentException("fmn.oidc.builtin.enabled must be true or false (or unset), not \"" + enabled + "\"");
            }
            return Boolean.parseBoolean(enabled.strip())
                    ? ConditionOutcome.match("fmn.oidc.builtin.enabled is true")
                    : ConditionOutcome.noMatch("fmn.oidc.builtin.enabled is false");
        }
        for (String key : OidcProperties.EXTERNAL_PROVIDER_KEYS) {
            if (StringUtils.hasText(environment.getProperty(key))) {
                return ConditionOutcome.noMatch("an external OIDC provider is configured (" + key + ")");
            }
        }
        return ConditionOutcome.match("no external OIDC provider is configured");
    }
}
