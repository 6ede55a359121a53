package org.fedoraproject.fmn.rule;

import java.util.Objects;

/**
 * Where a generation rule sends: an email address, an IRC nick or a Matrix user id
 * ({@code @nick:server}). Addresses are validated when rules are read ({@link RuleReader}).
 */
public record Destination(Protocol protocol, String address) {

    public Destination {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(address, "address");
    }
}
