package org.fedoraproject.fmn.backends.spring;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Whether a service's URL is configured: its key is set and not blank. */
abstract class ServiceConfigured extends SpringBootCondition {

    private final String key;

    ServiceConfigured(String key) {
        this.key = key;
    }

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty(key);
        return url == null || url.isBlank()
                ? ConditionOutcome.noMatch(key + " is not set")
                : ConditionOutcome.match(key + " is set");
    }

    /** {@code fmn.fasjson.url} is set. */
    static final class Fasjson extends ServiceConfigured {
        Fasjson() {
            super(BackendsConfiguration.FASJSON_URL);
        }
    }

    /** {@code fmn.distgit.url} is set. */
    static final class Distgit extends ServiceConfigured {
        Distgit() {
            super(BackendsConfiguration.DISTGIT_URL);
        }
    }
}
