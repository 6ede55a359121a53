package org.fedoraproject.fmn.backend.health;

/**
 * Something the API needs before it can answer calls. Beans of this type are asked on every
 * {@code healthz/ready} call, so a check must be quick and must not throw.
 */
@FunctionalInterface
public interface ReadinessCheck {

    /** Why the API is not ready, for the {@code detail} of the answer; {@code null} when ready. */
    String problem();
}
