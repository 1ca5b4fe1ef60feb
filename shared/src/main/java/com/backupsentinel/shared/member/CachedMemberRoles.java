package com.backupsentinel.shared.member;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each account's credentials for a short while ({@code ttl}, and never closer than {@link #EXPIRY_MARGIN} to
 * their expiry), so a burst of events from one account assumes its role once. A failed assumption is not cached:
 * the next event tries again.
 */
public final class CachedMemberRoles implements MemberRoles {

    /** Credentials are dropped this long before STS's expiry, so a call never starts with nearly dead ones. */
    static final Duration EXPIRY_MARGIN = Duration.ofMinutes(2);

    private final MemberRoles roles;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public CachedMemberRoles(MemberRoles roles, Duration ttl, Clock clock) {
        this.roles = Objects.requireNonNull(roles, "roles");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public MemberCredentials assume(String accountId, String sessionName) {
        Instant now = clock.instant();
        Cached cached = cache.get(accountId);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.credentials();
        }
        MemberCredentials fresh = roles.assume(accountId, sessionName);
        Instant until = now.plus(ttl);
        Instant usable = fresh.expiration().minus(EXPIRY_MARGIN);
        cache.put(accountId, new Cached(fresh, until.isBefore(usable) ? until : usable));
        return fresh;
    }

    private record Cached(MemberCredentials credentials, Instant until) {
    }
}
