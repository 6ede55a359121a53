package org.fedoraproject.fmn.backend.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Who a bearer token belongs to: the provider's introspection gives the account and the expiry,
 * its UserInfo the groups that make an admin. Answers are kept until the token expires (as FMN
 * does), so a caller's requests after the first cost no call to the provider; the price is that
 * a token revoked at the provider stays good here until it expires.
 */
public final class IdentityLookup {

    /** How long an identity is kept when the provider does not say when its token expires. */
    static final Duration UNDATED_TOKEN_LIFETIME = Duration.ofMinutes(5);

    /** The longest an identity is kept, so a changed group membership shows on long-lived tokens too. */
    static final Duration LONGEST_KEPT = Duration.ofDays(1);

    private record Known(Identity identity, Instant expiresAt) {
    }

    private final ProviderClient provider;
    private final Set<String> adminGroups;
    private final Clock clock;
    private final Cache<String, Known> known;

    IdentityLookup(ProviderClient provider, List<String> adminGroups, Clock clock, int capacity) {
        this.provider = provider;
        this.adminGroups = Set.copyOf(adminGroups);
        this.clock = clock;
        this.known = Caffeine.newBuilder()
                .maximumSize(capacity)
                .ticker(() -> {
                    Instant now = clock.instant();
                    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
                })
                .expireAfter(new UntilTokenExpires())
                .build();
    }

    /**
     * The caller the token belongs to.
     *
     * @throws TokenRejectedException when the token is unknown, revoked or expired, or the
     *         provider cannot be asked
     */
    public Identity identify(String token) {
        Known caller = known.getIfPresent(token);
        if (caller == null) {
            // Not computed inside the cache: a slow provider must not hold up other tokens'
            // lookups; two first requests with one token at once just ask twice.
            caller = ask(token);
            known.put(token, caller);
        }
        if (!clock.instant().isBefore(caller.expiresAt())) {
            known.invalidate(token);
            throw new TokenRejectedException("Token expired");
        }
        return caller.identity();
    }

    private Known ask(String token) {
        TokenInfo info = provider.introspect(token);
        if (!info.active()) {
            throw new TokenRejectedException("Invalid token");
        }
        UserInfo user = provider.userInfo(token);
        String name = firstOf(info.username(), user.nickname(), user.subject(), info.subject());
        if (name == null) {
            throw new TokenRejectedException("Could not get user information: the provider names no user for the token");
        }
        boolean admin = user.groups().stream().anyMatch(adminGroups::contains);
        Instant expiresAt = info.expiresAt() != null ? info.expiresAt() : clock.instant().plus(UNDATED_TOKEN_LIFETIME);
        return new Known(new Identity(name, admin), expiresAt);
    }

    private static String firstOf(String... names) {
        for (String name : names) {
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** Each identity leaves the cache when its token expires (or a day after it came). */
    private final class UntilTokenExpires implements Expiry<String, Known> {

        @Override
        public long expireAfterCreate(String token, Known caller, long currentTime) {
            Duration left = Duration.between(clock.instant(), caller.expiresAt());
            return left.isNegative() ? 0 : (left.compareTo(LONGEST_KEPT) > 0 ? LONGEST_KEPT : left).toNanos();
        }

        @Override
        public long expireAfterUpdate(String token, Known caller, long currentTime, long currentDuration) {
            return expireAfterCreate(token, caller, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Known caller, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
