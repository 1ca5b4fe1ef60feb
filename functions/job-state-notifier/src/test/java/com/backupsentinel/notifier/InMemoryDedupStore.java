package com.backupsentinel.notifier;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The DynamoDB store's rules (window, lease until, owner-only release) over a map: for service tests and benchmarks. */
final class InMemoryDedupStore implements DedupStore {

    /** One remembered key. */
    record Entry(String eventId, String status, Instant claimedAt, Instant leaseUntil, Instant expiresAt,
                 Optional<String> messageId) {
    }

    private final DedupPolicy policy;
    private final Map<String, Entry> entries = new HashMap<>();

    InMemoryDedupStore(DedupPolicy policy) {
        this.policy = policy;
    }

    InMemoryDedupStore() {
        this(DedupPolicy.STANDARD);
    }

    @Override
    public synchronized Claim claim(String key, String eventId, Instant now, Instant leaseUntil) {
        Entry existing = entries.get(key);
        boolean free = existing == null || !existing.expiresAt().isAfter(now)
                || (existing.status().equals("CLAIMED") && !existing.leaseUntil().isAfter(now));
        if (free) {
            entries.put(key, new Entry(eventId, "CLAIMED", now, leaseUntil, now.plus(policy.window()),
                    Optional.empty()));
            return Claim.CLAIMED;
        }
        return existing.status().equals("CLAIMED") ? Claim.IN_FLIGHT : Claim.DUPLICATE;
    }

    @Override
    public synchronized void complete(String key, String eventId, Result result, Optional<String> messageId,
                                      Instant now) {
        Entry existing = entries.get(key);
        if (existing != null && existing.eventId().equals(eventId)) {
            entries.put(key, new Entry(eventId, result.name(), existing.claimedAt(), existing.leaseUntil(),
                    existing.expiresAt(), messageId));
        }
    }

    @Override
    public synchronized void release(String key, String eventId) {
        Entry existing = entries.get(key);
        if (existing != null && existing.eventId().equals(eventId) && existing.status().equals("CLAIMED")) {
            entries.remove(key);
        }
    }

    synchronized Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized int size() {
        return entries.size();
    }
}
